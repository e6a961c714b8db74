import { useState } from 'preact/hooks';
import type { SchoolData } from '../../data/school-data';
import { agenda, type AgendaItem } from '../../domain/case/agenda';
import { clock } from '../../domain/clock';
import { formatDay } from '../../domain/dates';
import { href } from '../../ui/routes';
import { useUser } from '../session/user-store';
import { conversationTitle, pupilWithGroup, staffName } from '../zaken/zaak-names';

/** What is due: overdue first, then today, this week, and conversations that may start now; per lead. */
export function Agenda({ data }: { data: SchoolData }) {
  const today = clock.today();
  const staffId = useUser((s) => s.staffId);
  const leads = data.staff.filter((s) => data.zaken.some((z) => z.status === 'open' && z.leadStaffId === s.id));
  const [lead, setLead] = useState<string>(() => (leads.some((s) => s.id === staffId) ? staffId! : ''));
  const due = agenda(lead ? data.zaken.filter((z) => z.leadStaffId === lead) : data.zaken, today);
  const sections = [
    { id: 'overdue', title: 'Te laat', items: due.overdue },
    { id: 'today', title: 'Vandaag', items: due.today },
    { id: 'week', title: 'Deze week', items: due.thisWeek },
    { id: 'start', title: 'Kan nu beginnen', items: due.toStart },
  ].filter((s) => s.items.length > 0);
  return (
    <section aria-labelledby="home-agenda">
      <h2 id="home-agenda">Agenda</h2>
      {leads.length > 1 && (
        <div class="field field--inline">
          <label for="agenda-lead">Gesprekken van</label>
          <select id="agenda-lead" value={lead} onChange={(e) => setLead(e.currentTarget.value)}>
            <option value="">Iedereen</option>
            {leads.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {sections.length === 0 && <p>Er staan geen gesprekken gepland.</p>}
      {sections.map((section) => (
        <div key={section.id}>
          <h3 class={section.id === 'overdue' ? 'due--overdue' : undefined}>
            {section.title} ({section.items.length})
          </h3>
          <ul class="list">
            {section.items.map((item) => (
              <AgendaRow key={`${item.zaakId}-${item.stepId}-${item.round}`} data={data} item={item} />
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

function AgendaRow({ data, item }: { data: SchoolData; item: AgendaItem }) {
  return (
    <li>
      <a class="list__item" href={href({ name: 'gesprek', id: item.zaakId, stepId: item.stepId, round: item.round })}>
        <span class="list__title">
          {conversationTitle(item.stepId, item.round)} — {pupilWithGroup(data, item.bulliedPupilId)}
        </span>
        <span class="list__meta">
          {item.dueOn ? `Gepland ${formatDay(item.dueOn)}` : 'Kan nu'} · Leiding: {staffName(data, item.leadStaffId) ?? 'onbekend'}
        </span>
      </a>
    </li>
  );
}
