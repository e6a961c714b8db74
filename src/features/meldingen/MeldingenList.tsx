import type { SchoolData } from '../../data/school-data';
import { meldingStatuses, sortMeldingen, type Melding } from '../../domain/melding';
import { ShowMore, usePage } from '../../ui/ShowMore';
import { href } from '../../ui/routes';
import { MeldingRow } from './MeldingRow';
import { useRoleView } from '../session/role-access';
import { OlderRecords } from '../session/WholeSchool';

/** The meldingen at hand (open, or of this school year; older ones on request), grouped by status, newest first within each. */
export function MeldingenList({ data }: { data: SchoolData }) {
  const view = useRoleView(data);
  const sorted = sortMeldingen(data.meldingen);
  // Older meldingen are still sealed: "none" is said of this school year only.
  const older = data.scope !== 'all' && (data.unopened?.meldingen ?? 0) > 0;
  return (
    <>
      <div class="page-head">
        <h1>Meldingen</h1>
        <a class="button button--primary" href={href({ name: 'nieuwe-melding' })}>
          Nieuwe melding
        </a>
      </div>
      <OlderRecords data={data} what="Meldingen" />
      {sorted.length === 0 && (
        <p>
          {view === 'alles'
            ? `Er zijn ${older ? 'dit schooljaar ' : ''}nog geen meldingen.`
            : view === 'leerkracht'
              ? `Er zijn ${older ? 'dit schooljaar ' : ''}geen meldingen over uw groep, en geen die u zelf deed.`
              : `U hebt ${older ? 'dit schooljaar ' : ''}nog geen melding gedaan.`}
        </p>
      )}
      {meldingStatuses.map((status) => {
        const inStatus = sorted.filter((m) => m.status === status.id);
        return inStatus.length > 0 && <MeldingenSection key={status.id} data={data} status={status} meldingen={inStatus} />;
      })}
    </>
  );
}

/** One status's meldingen, newest first, a page at a time. */
function MeldingenSection({ data, status, meldingen }: { data: SchoolData; status: (typeof meldingStatuses)[number]; meldingen: Melding[] }) {
  const page = usePage(meldingen, `meldingen:${status.id}`);
  return (
    <section aria-labelledby={`status-${status.id}`}>
      <h2 id={`status-${status.id}`}>
        {status.label} ({meldingen.length.toLocaleString('nl-NL')})
      </h2>
      <ul class="list">
        {page.shown.map((m) => (
          <MeldingRow key={m.id} data={data} melding={m} excerpt />
        ))}
      </ul>
      <ShowMore rest={page.rest} more={page.more} what="meldingen" />
    </section>
  );
}
