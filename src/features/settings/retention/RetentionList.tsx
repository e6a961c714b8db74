import type { SchoolData } from '../../../data/school-data';
import { formatDay, isoDay } from '../../../domain/dates';
import { closedAt } from '../../../domain/case/zaak';
import type { RetentionPlan } from '../../../domain/privacy/retention';
import { pupilName } from '../../../domain/pupils';
import { ShowMore, usePage } from '../../../ui/ShowMore';
import { pupilWithGroup } from '../../zaken/zaak-names';
import { pupilsOfMelding } from '../../meldingen/melding-summary';

/**
 * The warning before a deletion: every record that would go, so nobody deletes blind. Oldest first,
 * fifty at a time per kind (a school that never ran the term may have thousands).
 */
export function RetentionList({ data, plan }: { data: SchoolData; plan: RetentionPlan }) {
  const ids = (list: readonly string[]) => new Set(list);
  const [pupilIds, zaakIds, meldingIds, incidentIds] = [ids(plan.pupilIds), ids(plan.zaakIds), ids(plan.meldingIds), ids(plan.incidentIds)];
  const byDay = <T,>(items: T[], day: (item: T) => string) => items.map((item) => ({ item, day: day(item) })).sort((a, b) => a.day.localeCompare(b.day));
  const pupils = byDay(data.pupils.filter((p) => pupilIds.has(p.id)), (p) => p.leftOn!).map(({ item: p }) => ({ id: p.id, text: `${pupilName(p)}, vertrokken op ${formatDay(p.leftOn!)}` }));
  const zaken = byDay(data.zaken.filter((z) => zaakIds.has(z.id)), (z) => isoDay(new Date(closedAt(z)))).map(({ item: z, day }) => ({
    id: z.id,
    text: `Zaak van ${pupilWithGroup(data, z.bulliedPupilId)}, gesloten op ${formatDay(day)}`,
  }));
  const meldingen = byDay(data.meldingen.filter((m) => meldingIds.has(m.id)), (m) => m.occurredOn).map(({ item: m }) => ({ id: m.id, text: `${formatDay(m.occurredOn)}: ${pupilsOfMelding(data, m)}` }));
  const incidents = byDay(data.incidents.filter((i) => incidentIds.has(i.id)), (i) => isoDay(new Date(i.occurredAt))).map(({ item: i, day }) => ({ id: i.id, text: `${formatDay(day)}${i.area ? `, ${i.area}` : ''}` }));
  return (
    <div class="retention-list" data-testid="retention-list">
      <Kind title="Leerlingen" items={pupils} always />
      <Kind title="Gesloten zaken" items={zaken} />
      <Kind title="Meldingen" items={meldingen} />
      <Kind title="Pleinincidenten" items={incidents} />
    </div>
  );
}

function Kind({ title, items, always = false }: { title: string; items: { id: string; text: string }[]; always?: boolean }) {
  const page = usePage(items, `bewaren:${title}`);
  if (items.length === 0 && !always) return null;
  return (
    <>
      <h3>
        {title} ({items.length.toLocaleString('nl-NL')})
      </h3>
      <ul>
        {page.shown.map((item) => (
          <li key={item.id}>{item.text}</li>
        ))}
      </ul>
      <ShowMore rest={page.rest} more={page.more} what={title.toLowerCase()} />
    </>
  );
}
