import type { SchoolData } from '../../data/school-data';
import { formatDay } from '../../domain/dates';
import { reporterLabel, type Melding } from '../../domain/melding';
import { href } from '../../ui/routes';
import { pupilsOfMelding } from './melding-summary';

/** One melding in a list: whom it is about, when, who reported it, and optionally its first words. */
export function MeldingRow({ data, melding, excerpt = false, waitingSince }: { data: SchoolData; melding: Melding; excerpt?: boolean; waitingSince?: string | undefined }) {
  return (
    <li>
      <a class="list__item" href={href({ name: 'melding', id: melding.id })}>
        <span class="list__title">{pupilsOfMelding(data, melding)}</span>
        <span class="list__meta">
          {formatDay(melding.occurredOn)} · {reporterLabel(melding.reporterKind)}
        </span>
        {waitingSince && <span class="list__meta due--overdue">Wacht al sinds {formatDay(waitingSince)} op beoordeling</span>}
        {excerpt && <span class="list__excerpt">{melding.description}</span>}
      </a>
    </li>
  );
}
