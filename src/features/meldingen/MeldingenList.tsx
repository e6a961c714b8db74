import type { SchoolData } from '../../data/school-data';
import { meldingStatuses, sortMeldingen } from '../../domain/melding';
import { href } from '../../ui/routes';
import { MeldingRow } from './MeldingRow';
import { useRoleView } from '../session/role-access';
import { OlderRecords } from '../session/WholeSchool';

/** The meldingen at hand (open, or of this school year; older ones on request), grouped by status, newest first within each. */
export function MeldingenList({ data }: { data: SchoolData }) {
  const view = useRoleView(data);
  const sorted = sortMeldingen(data.meldingen);
  return (
    <>
      <div class="page-head">
        <h1>Meldingen</h1>
        <a class="button button--primary" href={href({ name: 'nieuwe-melding' })}>
          Nieuwe melding
        </a>
      </div>
      {sorted.length === 0 && <p>{view === 'alles' ? 'Er zijn nog geen meldingen.' : view === 'leerkracht' ? 'Er zijn geen meldingen over uw groep, en geen die u zelf deed.' : 'U hebt nog geen melding gedaan.'}</p>}
      {meldingStatuses.map((status) => {
        const inStatus = sorted.filter((m) => m.status === status.id);
        if (inStatus.length === 0) return null;
        return (
          <section key={status.id} aria-labelledby={`status-${status.id}`}>
            <h2 id={`status-${status.id}`}>
              {status.label} ({inStatus.length})
            </h2>
            <ul class="list">
              {inStatus.map((m) => (
                <MeldingRow key={m.id} data={data} melding={m} excerpt />
              ))}
            </ul>
          </section>
        );
      })}
      <OlderRecords data={data} what="Meldingen" />
    </>
  );
}
