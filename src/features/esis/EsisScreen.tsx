import { copyText } from '../../ui/clipboard';
import { useState } from 'preact/hooks';
import { dutchMessage } from '../../data/errors';
import type { SchoolData } from '../../data/school-data';
import { saveZaak } from '../../data/zaken';
import { clock } from '../../domain/clock';
import { formatDay, formatMoment } from '../../domain/dates';
import { markEsisEntered, notesToEnter, type EsisNote } from '../../domain/esis/esis-notes';
import { ExportWithWarning } from '../../ui/NamesWarning';
import { downloadFile } from '../../ui/download';
import { href } from '../../ui/routes';
import { requireKey } from '../session/lock-store';
import { putRecords } from '../session/school-store';
import { useUser } from '../session/user-store';
import { pupilWithGroup, staffName } from '../zaken/zaak-names';
import { destinationInfo, esisExportFile, notesOf } from './esis-data';
import { ZaakNotFound } from '../zaken/ZaakNotFound';

/** Per child of a zaak: the note to enter in Esis, where it goes, a copy button and a tick once entered. */
export function EsisScreen({ data, id }: { data: SchoolData; id: string }) {
  const zaak = data.zaken.find((z) => z.id === id);
  const staffId = useUser((s) => s.staffId);
  const [message, setMessage] = useState<string | null>(null);
  if (!zaak) return <ZaakNotFound data={data} id={id} />;
  const notes = notesOf(data, [zaak]);
  const children = [...new Set(notes.map((n) => n.pupilId))];

  async function tick(note: EsisNote, entered: boolean) {
    try {
      const changed = markEsisEntered(zaak!, note, entered, clock.now(), staffId ?? undefined);
      await saveZaak(requireKey(), changed);
      putRecords('zaken', [changed]);
    } catch (error) {
      setMessage(dutchMessage(error));
    }
  }

  async function copy(note: EsisNote) {
    try {
      await copyText(note.text);
      setMessage(`De notitie voor ${pupilWithGroup(data, note.pupilId)} staat op het klembord. Bij het vergrendelen maakt Kring het klembord weer leeg.`);
    } catch {
      setMessage('Kopiëren lukt niet in deze browser: selecteer de tekst en kopieer hem zelf.');
    }
  }

  return (
    <>
      <p>
        <a href={href({ name: 'zaak', id })}>← Terug naar de zaak</a>
      </p>
      <h1>Esis: notities bij deze zaak</h1>
      <p>
        Kring maakt geen verbinding met Esis. Voer elke notitie zelf in op de plek die erbij staat, en vink hem daarna af.
        {notes.length > 0 && ` Nog in te voeren: ${notesToEnter(notes)} van ${notes.length}.`}
      </p>
      {notes.length === 0 && <p>Er zijn nog geen notities: die ontstaan na het eerste gesprek (stap 1).</p>}
      {message && (
        <p class="notice" role="status">
          {message}
        </p>
      )}
      <ul class="list">
        {children.map((pupilId) => (
          <li key={pupilId} class="section-card esis-child">
            <h2>{pupilWithGroup(data, pupilId)}</h2>
            {notes
              .filter((n) => n.pupilId === pupilId)
              .map((note) => (
                <NoteCard key={note.key} data={data} note={note} followUps={notes.filter((n) => n.pupilId === pupilId && n.kind === 'vervolg' && !n.entered).length} onCopy={copy} onTick={tick} />
              ))}
          </li>
        ))}
      </ul>
      {notes.length > 0 && (
        <ExportWithWarning
          label="Exporteer als JSON-bestand"
          onExport={() => {
            const file = esisExportFile(data, [zaak]);
            downloadFile(file.name, file.json);
          }}
        />
      )}
    </>
  );
}

interface NoteCardProps {
  data: SchoolData;
  note: EsisNote;
  /** Follow-ups of this child still to enter: what changed since the first note was entered. */
  followUps: number;
  onCopy: (note: EsisNote) => Promise<void>;
  onTick: (note: EsisNote, entered: boolean) => Promise<void>;
}

/** One note: where it goes, its text, a copy button and the tick once it is in Esis. */
function NoteCard({ data, note, followUps, onCopy, onTick }: NoteCardProps) {
  const title = note.kind === 'start' ? 'Eerste notitie' : `Vervolgnotitie van ${formatDay(note.date)}`;
  return (
    <section class="esis-note" aria-label={`${title}: ${pupilWithGroup(data, note.pupilId)}`}>
      <h3>{title}</h3>
      <p>
        <strong>{destinationInfo(note.destination).label}</strong> — {destinationInfo(note.destination).path} · {formatDay(note.date)}
      </p>
      {note.changedSinceEntered && (
        <p class="notice notice--warning" role="status">
          Deze notitie is veranderd sinds ze op {formatMoment(note.entered!.at)} in Esis werd ingevoerd. Pas de notitie in Esis aan naar de nieuwe tekst
          hieronder en vink hem dan opnieuw af.
          {followUps > 0 && ` Wat er sindsdien gebeurde, staat in ${followUps === 1 ? 'de vervolgnotitie' : `de ${followUps} vervolgnotities`} hieronder.`}
        </p>
      )}
      {note.changedSinceEntered && note.entered?.destination && note.entered.destination !== note.destination && (
        <p class="notice notice--warning">
          Eerder ingevoerd in {destinationInfo(note.entered.destination).label}; deze notitie hoort nu onder {destinationInfo(note.destination).label}, omdat
          dit kind in de extra stap kwam. Zet de nieuwe tekst daar.
        </p>
      )}
      {note.changedSinceEntered && <p class="esis-note__label">Nieuwe tekst</p>}
      <p class="esis-note__text" data-testid="esis-note-text">
        {note.text}
      </p>
      {note.changedSinceEntered && (
        <details>
          <summary>Eerder ingevoerde tekst</summary>
          <p class="esis-note__text esis-note__text--old">{note.entered!.text}</p>
        </details>
      )}
      <div class="actions">
        <button type="button" class="button" onClick={() => void onCopy(note)}>
          Kopieer notitie
        </button>
        {note.changedSinceEntered ? (
          <button type="button" class="button" onClick={() => void onTick(note, true)}>
            Nieuwe tekst ingevoerd in Esis
          </button>
        ) : (
          <label class="check">
            <input type="checkbox" checked={!!note.entered} onChange={(e) => void onTick(note, e.currentTarget.checked)} />
            <span>
              Ingevoerd in Esis
              {note.entered && ` (${formatMoment(note.entered.at)}${staffName(data, note.entered.by) ? `, ${staffName(data, note.entered.by)}` : ''})`}
            </span>
          </label>
        )}
      </div>
    </section>
  );
}
