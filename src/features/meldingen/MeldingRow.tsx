import { asCorrectedMelding } from '../../domain/melding-corrections';
import type { SchoolData } from '../../data/school-data';
import { triageWaitingDays } from '../../domain/case/agenda';
import { clock } from '../../domain/clock';
import { formatDay } from '../../domain/dates';
import { reporterLabel, type Melding } from '../../domain/melding';
import { href } from '../../ui/routes';
import { pupilsOfMelding } from './melding-summary';

/** One melding in a list: whom it is about, when, who reported it, and optionally its first words. */
export function MeldingRow({ data, melding, excerpt = false }: { data: SchoolData; melding: Melding; excerpt?: boolean }) {
  // One not judged after the school's term says how long it has waited, wherever it is listed.
  const waitingDays = triageWaitingDays(melding, clock.today(), data.school.agendaWaitingDays);
  return (
    <li>
      <a class="list__item" href={href({ name: 'melding', id: melding.id })}>
        <span class="list__title">{pupilsOfMelding(data, melding)}</span>
        <span class="list__meta">
          {formatDay(melding.occurredOn)} · {reporterLabel(melding.reporterKind)}
        </span>
        {waitingDays !== undefined && <span class="list__meta due--overdue">Wacht al {waitingDays} schooldagen op beoordeling</span>}
        {excerpt && <span class="list__excerpt">{asCorrectedMelding(melding).description}</span>}
      </a>
    </li>
  );
}
