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

/** Per child of a zaak: the note to enter in Esis, where it goes, a copy button and a tick once entered. */
export function EsisScreen({ data, id }: { data: SchoolData; id: string }) {
  const zaak = data.zaken.find((z) => z.id === id);
  const staffId = useUser((s) => s.staffId);
  const [message, setMessage] = useState<string | null>(null);
  if (!zaak) return <p>Deze zaak bestaat niet (meer).</p>;
  const notes = notesOf(data, [zaak]);

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
      await navigator.clipboard.writeText(note.text);
      setMessage(`De notitie voor ${pupilWithGroup(data, note.pupilId)} staat op het klembord.`);
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
        {notes.map((note) => (
          <li key={note.pupilId} class="section-card esis-note">
            <h2>{pupilWithGroup(data, note.pupilId)}</h2>
            <p>
              <strong>{destinationInfo(note.destination).label}</strong> — {destinationInfo(note.destination).path} · {formatDay(note.date)}
            </p>
            {note.changedSinceEntered && (
              <p class="notice notice--warning" role="status">
                Deze notitie is veranderd sinds ze op {formatMoment(note.entered!.at)} in Esis werd ingevoerd. Voer de nieuwe tekst hieronder in
                Esis in en vink hem dan opnieuw af.
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
              <button type="button" class="button" onClick={() => void copy(note)}>
                Kopieer notitie
              </button>
              {note.changedSinceEntered ? (
                <button type="button" class="button" onClick={() => void tick(note, true)}>
                  Nieuwe tekst ingevoerd in Esis
                </button>
              ) : (
                <label class="check">
                  <input type="checkbox" checked={!!note.entered} onChange={(e) => void tick(note, e.currentTarget.checked)} />
                  <span>
                    Ingevoerd in Esis
                    {note.entered && ` (${formatMoment(note.entered.at)}${staffName(data, note.entered.by) ? `, ${staffName(data, note.entered.by)}` : ''})`}
                  </span>
                </label>
              )}
            </div>
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
