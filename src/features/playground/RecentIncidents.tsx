import type { SchoolData } from '../../data/school-data';
import { formatMoment } from '../../domain/dates';
import { behaviourKinds, type Incident } from '../../domain/incidents/incident';
import { nameOfPupil } from '../../domain/pupils';

/** The surveillant's own last entries, so they can see what they already logged. */
export function RecentIncidents({ data, incidents }: { data: SchoolData; incidents: Incident[] }) {
  if (incidents.length === 0) return null;
  const name = (id: string) => nameOfPupil(data.pupils, id);
  return (
    <section aria-labelledby="ql-recent">
      <h2 id="ql-recent">Mijn laatste</h2>
      <ul class="list">
        {incidents.map((i) => (
          <li key={i.id} class="list__item">
            <span class="list__title">
              {behaviourKinds.find((k) => k.id === i.kind)?.label}: {i.involved.map((p) => name(p.pupilId)).join(', ')}
            </span>
            <span class="list__meta">
              {formatMoment(i.occurredAt)}
              {i.area && ` · ${i.area}`}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
