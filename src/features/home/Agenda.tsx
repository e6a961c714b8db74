import { useState } from 'preact/hooks';
import type { SchoolData } from '../../data/school-data';
import { agenda, agendaTasks, DEFAULT_WAITING_SCHOOL_DAYS, schoolDaysBetween, type AgendaItem } from '../../domain/case/agenda';
import { protocolOfZaak } from '../../domain/protocol/school-protocol';
import { clock } from '../../domain/clock';
import { formatDay } from '../../domain/dates';
import { href } from '../../ui/routes';
import { useRoleView } from '../session/role-access';
import { useUser } from '../session/user-store';
import { conversationRoute, conversationTitle, pupilWithGroup, staffName } from '../zaken/zaak-names';

/** What is due: overdue first, then today, this week, and conversations that may start now; per lead. */
export function Agenda({ data }: { data: SchoolData }) {
  const today = clock.today();
  const staffId = useUser((s) => s.staffId);
  const leads = data.staff.filter((s) => data.zaken.some((z) => z.status === 'open' && z.leadStaffId === s.id));
  // The IVP, IB'er and directeur coordinate: they start on everyone's; a teacher on their own.
  const me = data.staff.find((s) => s.id === staffId);
  const coordinates = useRoleView(data) === 'alles' && Boolean(me?.roles.some((r) => r === 'ivp' || r === 'ib' || r === 'directeur'));
  const [lead, setLead] = useState<string>(() => (!coordinates && leads.some((s) => s.id === staffId) ? staffId! : ''));
  const shown = lead ? data.zaken.filter((z) => z.leadStaffId === lead) : data.zaken;
  const due = agenda(shown, today, data.school.agendaWaitingDays ?? DEFAULT_WAITING_SCHOOL_DAYS);
  const tasks = agendaTasks(protocolOfZaak, shown);
  const sections = [
    { id: 'overdue', title: 'Te laat', items: due.overdue },
    { id: 'today', title: 'Vandaag', items: due.today },
    { id: 'start', title: 'Kan nu beginnen', items: due.toStart },
    { id: 'week', title: 'Komende 7 dagen', items: due.thisWeek },
    { id: 'later', title: 'Later gepland', items: due.later },
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
          <ul class="list" aria-label={section.title}>
            {section.items.map((item) => (
              <AgendaRow key={`${item.zaakId}-${item.stepId}-${item.round}-${item.pupilId ?? ''}`} data={data} item={item} />
            ))}
          </ul>
        </div>
      ))}
      {tasks.length > 0 && (
        <div>
          <h3>Nog te doen ({tasks.length})</h3>
          <ul class="list" aria-label="Nog te doen">
            {tasks.map((t) => (
              <li key={`${t.zaakId}-${t.key}`}>
                <a class="list__item" href={href({ name: 'zaak', id: t.zaakId })}>
                  <span class="list__title">{t.todo}</span>
                  <span class="list__meta">
                    Zaak van {pupilWithGroup(data, data.zaken.find((z) => z.id === t.zaakId)!.bulliedPupilId)}
                    {t.pupilId ? ` · uit de extra stap over ${pupilWithGroup(data, t.pupilId)}` : ''} · sinds {formatDay(t.raisedAt.slice(0, 10))}
                  </span>
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

function AgendaRow({ data, item }: { data: SchoolData; item: AgendaItem }) {
  // "Extra stap: choose the child" is chosen on the zaak itself.
  const route = conversationRoute(item.zaakId, item) ?? { name: 'zaak' as const, id: item.zaakId };
  return (
    <li>
      <a class="list__item" href={href(route)}>
        <span class="list__title">
          {conversationTitle(item.stepId, item.round)}
          {item.pupilId ? ` — over ${pupilWithGroup(data, item.pupilId)}` : item.stepId === 'extra' ? ' — kies het kind' : ''}
        </span>
        <span class="list__meta">
          Zaak van {pupilWithGroup(data, item.bulliedPupilId)} · {item.dueOn ? `gepland ${formatDay(item.dueOn)}` : 'kan nu'} · leiding: {staffName(data, item.leadStaffId) ?? 'onbekend'}
        </span>
        {item.waitingTooLong && item.since && (
          <span class="list__meta due--overdue">
            Wacht al {schoolDaysBetween(item.since, clock.today())} schooldagen, sinds {formatDay(item.since)}
          </span>
        )}
      </a>
    </li>
  );
}
