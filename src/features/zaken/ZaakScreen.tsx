import type { SchoolData } from '../../data/school-data';
import { pupilsNamedIn, zaakTimeline } from '../../domain/case/timeline';
import type { Zaak } from '../../domain/case/zaak';
import { renamesSince } from '../../domain/pupils';
import { clock } from '../../domain/clock';
import { formatMoment } from '../../domain/dates';
import { notesToEnter } from '../../domain/esis/esis-notes';
import { protocolOfZaak } from '../../domain/protocol/school-protocol';
import { href } from '../../ui/routes';
import { notesOf } from '../esis/esis-data';
import { CloseOrReopen } from './CloseOrReopen';
import { ClosingNote } from './ClosingNote';
import { DossierSection } from './DossierSection';
import { PrintPageMarks } from '../../ui/print-page-marks';
import { nameOfPupil } from '../../domain/pupils';
import { ExportDossier } from './ExportDossier';
import { FeelingLine } from './FeelingLine';
import { HandOver } from './HandOver';
import { HeldTwice } from './HeldTwice';
import { NextConversations } from './NextConversations';
import { OpenTasks } from './OpenTasks';
import { TimelineList } from './TimelineList';
import { conversationTitle, pupilWithGroup, staffName } from './zaak-names';
import { zaakDateProblems } from '../../domain/case/held-on';
import { ZaakNotFound } from './ZaakNotFound';

/** Children of this zaak renamed since it opened: what was written then uses the old name. */
function Renamed({ data, zaak }: { data: SchoolData; zaak: Zaak }) {
  const named = pupilsNamedIn(zaak);
  const renames = data.pupils.filter((p) => named.has(p.id)).flatMap((p) => renamesSince(p, zaak.openedAt));
  if (renames.length === 0) return null;
  return (
    <p class="notice">
      Sinds deze zaak is geopend, is een naam gewijzigd:{' '}
      {renames.map((r) => `${r.from} heet nu ${r.to} (sinds ${formatMoment(r.at)})`).join('; ')}. Wat eerder is vastgelegd, gebruikt de oude naam.
    </p>
  );
}

/** A day that cannot be right (from a file, or a tablet whose clock was wrong): said, with the way to correct it. */
function DateProblems({ zaak }: { zaak: Zaak }) {
  const problems = zaakDateProblems(zaak, clock.today());
  if (problems.length === 0) return null;
  return (
    <div class="notice notice--error" role="status">
      <p>Een datum in deze zaak kan niet kloppen:</p>
      <ul>
        {problems.map(({ conversation: c, problem }) => (
          <li key={`${c.stepId}-${c.round}-${c.recordedAt}`}>
            {conversationTitle(c.stepId, c.round)}: {problem}
          </li>
        ))}
      </ul>
      <p>Corrigeer de datum onder het gesprek, bij &lsquo;Iets in dit verslag corrigeren&rsquo;. De correctie blijft in het verslag staan.</p>
    </div>
  );
}

/** One zaak: what comes next, the support group, how the child feels, and everything so far. */
export function ZaakScreen({ data, id }: { data: SchoolData; id: string }) {
  const zaak = data.zaken.find((z) => z.id === id);
  if (!zaak) return <ZaakNotFound data={data} id={id} />;
  const melding = data.meldingen.find((m) => m.id === zaak.meldingId);
  const esisNotes = notesOf(data, [zaak]);
  const roleLabel = (role: string) => protocolOfZaak(zaak).roles.find((r) => r.id === role)?.label ?? role;
  return (
    <article>
      <p class="no-print">
        <a href={href({ name: 'zaken' })}>← Alle zaken</a>
      </p>
      <h1>Zaak: {pupilWithGroup(data, zaak.bulliedPupilId)}</h1>
      <p class="status-pill">{zaak.status === 'open' ? 'Lopend' : 'Gesloten — alleen lezen en corrigeren'}</p>
      <PrintPageMarks whose={`${nameOfPupil(data.pupils, zaak.bulliedPupilId)} · ${data.school.name}`} />
      <p class="print-only">
        {data.school.name} · dossier afgedrukt op {formatMoment(clock.now().toISOString())} · vertrouwelijk
      </p>
      <div class="actions no-print">
        <button type="button" class="button" onClick={() => window.print()}>
          Dossier afdrukken
        </button>
      </div>
      <ExportDossier data={data} zaak={zaak} />
      <p>
        Leiding: {staffName(data, zaak.leadStaffId) ?? 'onbekend'} · Geopend op {formatMoment(zaak.openedAt)}
      </p>
      <Renamed data={data} zaak={zaak} />
      <DateProblems zaak={zaak} />
      <p class="no-print">
        <a href={href({ name: 'leerling', id: zaak.bulliedPupilId })}>Tijdlijn van de leerling</a>
      </p>

      <HeldTwice data={data} zaak={zaak} />
      {zaak.status === 'open' && <NextConversations data={data} zaak={zaak} />}
      <OpenTasks data={data} zaak={zaak} />

      {esisNotes.length > 0 && (
        <p class="no-print">
          <a class="button" href={href({ name: 'esis', id: zaak.id })}>
            Esis-notities ({notesToEnter(esisNotes)} van {esisNotes.length} nog in te voeren)
          </a>
        </p>
      )}
      {zaak.members.length > 0 && (
        <section aria-labelledby="zaak-group">
          <h2 id="zaak-group">Supportgroep ({zaak.members.length})</h2>
          <ul class="list">
            {zaak.members.map((m) => (
              <li key={m.pupilId}>
                <a class="list__item" href={href({ name: 'leerling', id: m.pupilId })}>
                  <span class="list__title">{pupilWithGroup(data, m.pupilId)}</span>
                  <span class="list__meta">{roleLabel(m.role)}</span>
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}

      <DossierSection data={data} zaak={zaak} />

      <section aria-labelledby="zaak-feeling">
        <h2 id="zaak-feeling">Hoe voelt de leerling zich?</h2>
        {zaak.conversations.some((c) => typeof c.answers.gevoel === 'number') ? <FeelingLine zaak={zaak} /> : <p>Nog niet gevraagd.</p>}
      </section>

      <section aria-labelledby="zaak-timeline">
        <h2 id="zaak-timeline">Tijdlijn</h2>
        <TimelineList data={data} entries={zaakTimeline(protocolOfZaak(zaak), zaak, melding, data.alertReads, data.pupils)} />
      </section>

      {zaak.status === 'gesloten' && <ClosingNote data={data} zaak={zaak} />}
      <div class="no-print">
        {zaak.status === 'open' && <HandOver key={zaak.rev} data={data} zaak={zaak} />}
        <CloseOrReopen key={zaak.rev} data={data} zaak={zaak} />
      </div>
    </article>
  );
}
