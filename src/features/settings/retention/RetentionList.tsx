import type { SchoolData } from '../../../data/school-data';
import { formatDay, isoDay } from '../../../domain/dates';
import type { RetentionPlan } from '../../../domain/privacy/retention';
import { pupilName } from '../../../domain/pupils';
import { pupilWithGroup } from '../../zaken/zaak-names';
import { pupilsOfMelding } from '../../meldingen/melding-summary';

/** The warning before a deletion: every record that would go, so nobody deletes blind. */
export function RetentionList({ data, plan }: { data: SchoolData; plan: RetentionPlan }) {
  const pupils = data.pupils.filter((p) => plan.pupilIds.includes(p.id));
  const zaken = data.zaken.filter((z) => plan.zaakIds.includes(z.id));
  const meldingen = data.meldingen.filter((m) => plan.meldingIds.includes(m.id));
  const incidents = data.incidents.filter((i) => plan.incidentIds.includes(i.id));
  return (
    <div class="retention-list" data-testid="retention-list">
      <h3>Leerlingen ({pupils.length})</h3>
      <ul>
        {pupils.map((p) => (
          <li key={p.id}>
            {pupilName(p)}, vertrokken op {formatDay(p.leftOn!)}
          </li>
        ))}
      </ul>
      {zaken.length > 0 && (
        <>
          <h3>Gesloten zaken ({zaken.length})</h3>
          <ul>
            {zaken.map((z) => (
              <li key={z.id}>
                Zaak van {pupilWithGroup(data, z.bulliedPupilId)}, gesloten op {formatDay(isoDay(new Date(z.closing?.at ?? z.updatedAt)))}
              </li>
            ))}
          </ul>
        </>
      )}
      {meldingen.length > 0 && (
        <>
          <h3>Meldingen ({meldingen.length})</h3>
          <ul>
            {meldingen.map((m) => (
              <li key={m.id}>
                {formatDay(m.occurredOn)}: {pupilsOfMelding(data, m)}
              </li>
            ))}
          </ul>
        </>
      )}
      {incidents.length > 0 && (
        <>
          <h3>Pleinincidenten ({incidents.length})</h3>
          <ul>
            {incidents.map((i) => (
              <li key={i.id}>
                {formatDay(isoDay(new Date(i.occurredAt)))}
                {i.area && `, ${i.area}`}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
