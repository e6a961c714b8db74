import { countOfKind } from '../record-kinds';
import type { SchoolData } from '../../data/school-data';
import { workingSetSince, zaakInWorkingSet } from '../../domain/working-set';
import { clock } from '../../domain/clock';
import { seesAll } from '../../domain/privacy/role-view';
import { activeStaff } from '../../domain/staff';
import { notesToEnter } from '../../domain/esis/esis-notes';
import { dueNow } from '../../domain/prevention/year-plan';
import { DEFAULT_RETENTION_YEARS, isEmptyPlan, retentionPlan } from '../../domain/privacy/retention';
import { currentProtocol } from '../../domain/protocol/school-protocol';
import { href } from '../../ui/routes';
import { notesOf } from '../esis/esis-data';
import { MeldingRow } from '../meldingen/MeldingRow';
import { Agenda } from './Agenda';
import { BackupReminder } from './BackupReminder';
import { useRoleView } from '../session/role-access';
import { NewForYou } from './NewForYou';
import { SyncDifferencesNotice } from '../sync/SyncDifferencesNotice';
import { Signals } from './Signals';

const SHOWN_ON_HOME = 5;

/** The start screen: what to do next, one tap away. */
export function Home({ data }: { data: SchoolData }) {
  const view = useRoleView(data);
  if (view === 'surveillant') return <SurveillantHome />;
  const prevention = dueNow(currentProtocol(data.school).preventionPlan, data.prevention, clock.today());
  // Counted over the working set's zaken, whatever else is open in memory: the number does not
  // change because someone looked at older records.
  const since = workingSetSince(clock.today());
  const toEnter = notesToEnter(notesOf(data, data.zaken.filter((z) => zaakInWorkingSet(z, since))));
  // Who left is read from every pupil row, not only the opened ones: a term that passed is said even
  // when those children's records were not opened at unlock (open work, which holds a child back, always is).
  const retention = retentionPlan({ ...data, pupils: data.pupilsWhoLeft }, data.school.retentionYears ?? DEFAULT_RETENTION_YEARS, clock.today());
  // The one waiting longest first: a melding is judged soon (plagen or pesten).
  const open = data.meldingen.filter((m) => m.status === 'nieuw').sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return (
    <>
      <h1>Start</h1>
      <div class="actions">
        <a class="button button--primary button--big" href={href({ name: 'nieuwe-melding' })}>
          Nieuwe melding
        </a>
        <a class="button button--primary button--big" href={href({ name: 'plein' })}>
          Pleinincident
        </a>
        {view === 'alles' && (
          <a class="button button--big" href={href({ name: 'brievenbus' })}>
            Briefje uit de brievenbus
          </a>
        )}
      </div>
      {data.damaged && data.damaged.length > 0 && (
        <p class="notice notice--warning" role="alert">
          {data.damaged.length === 1 ? '1 gegeven kon' : `${data.damaged.length} gegevens konden`} niet worden gelezen: beschadigd, of buiten Kring om
          veranderd ({damagedKinds(data.damaged)}). Kring laat {data.damaged.length === 1 ? 'het' : 'ze'} weg; de rest is gewoon te gebruiken. Zet zo
          nodig een reservekopie terug.
        </p>
      )}
      {/* A school without pupils cannot record anything about a child yet: say where they come from. */}
      {data.pupils.length === 0 && (
        <p class="notice">
          Er staan nog geen leerlingen in Kring.{' '}
          {view === 'alles' ? (
            <>
              <a href={href({ name: 'instelling', section: 'importeren' })}>Importeer ze uit een bestand</a> of{' '}
              <a href={href({ name: 'instelling', section: 'leerlingen' })}>voeg ze met de hand toe</a>.
            </>
          ) : (
            `Vraag ${new Intl.ListFormat('nl', { type: 'disjunction' }).format(activeStaff(data.staff).filter(seesAll).map((s) => s.name))} ze toe te voegen bij Instellingen.`
          )}
        </p>
      )}
      <SyncDifferencesNotice data={data} />
      <NewForYou data={data} />
      {/* What is due for a child comes first; a reminder to make a backup and the year plan after the day's work. */}
      <Agenda data={data} />
      {view === 'alles' && <BackupReminder />}
      {view === 'alles' && !isEmptyPlan(retention) && (
        <p class="notice">
          <a href={href({ name: 'instelling', section: 'bewaren' })}>
            Bewaartermijn voorbij: gegevens van {retention.pupilIds.length} vertrokken {retention.pupilIds.length === 1 ? 'leerling' : 'leerlingen'} kunnen
            worden verwijderd
          </a>
        </p>
      )}
      <Signals data={data} />
      {toEnter > 0 && (
        <p class="notice">
          <a href={href({ name: 'zaken' })}>Esis: {toEnter} {toEnter === 1 ? 'notitie' : 'notities'} nog in te voeren</a>
        </p>
      )}
      <section aria-labelledby="home-open">
        <h2 id="home-open">Te beoordelen ({open.length})</h2>
        {open.length === 0 ? (
          <p>Er zijn geen meldingen die nog beoordeeld moeten worden.</p>
        ) : (
          <ul class="list">
            {open.slice(0, SHOWN_ON_HOME).map((m) => (
              <MeldingRow key={m.id} data={data} melding={m} />
            ))}
          </ul>
        )}
        {open.length > SHOWN_ON_HOME && (
          <p>
            <a href={href({ name: 'meldingen' })}>Alle meldingen bekijken</a>
          </p>
        )}
      </section>
      {prevention.length > 0 && (
        <section aria-labelledby="home-prevention">
          <h2 id="home-prevention">Preventie: nu aan de beurt ({prevention.length})</h2>
          <ul>
            {prevention.map((a) => (
              <li key={a.id}>{a.title}</li>
            ))}
          </ul>
          <p>
            <a href={href({ name: 'preventie' })}>Naar het jaarplan</a>
          </p>
        </section>
      )}
      {view === 'alles' && (
        <p>
          <a href={href({ name: 'jaaroverzicht' })}>Jaaroverzicht voor IB’er en directie</a>
        </p>
      )}
    </>
  );
}

/** A surveillant's start: the playground first, a melding second, and nothing of anyone's case. */
function SurveillantHome() {
  return (
    <>
      <h1>Start</h1>
      <div class="actions">
        <a class="button button--primary button--big" href={href({ name: 'plein' })}>
          Pleinincident
        </a>
        <a class="button button--big" href={href({ name: 'nieuwe-melding' })}>
          Nieuwe melding
        </a>
      </div>
      <p>
        <a href={href({ name: 'meldingen' })}>Mijn meldingen</a>
      </p>
    </>
  );
}

/** "1 melding, 2 concepten": which kinds of record could not be read, so the school knows what to look for. */
function damagedKinds(damaged: readonly { table: string }[]): string {
  const counts = new Map<string, number>();
  for (const d of damaged) counts.set(d.table, (counts.get(d.table) ?? 0) + 1);
  return [...counts].map(([table, n]) => countOfKind(table, n)).join(', ');
}
