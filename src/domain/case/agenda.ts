import { addDays } from '../dates';
import { nextConversations, type NextConversation } from './flow';
import type { ProtocolDefinition } from '../protocol';
import { openTasks, type ZaakTask } from './tasks';
import type { Zaak } from './zaak';

/** What is due, for the home screen: evaluations overdue, due today and due this week, per lead. */

export interface AgendaItem extends NextConversation {
  zaakId: string;
  leadStaffId: string;
  bulliedPupilId: string;
}

export interface Agenda {
  overdue: AgendaItem[];
  today: AgendaItem[];
  thisWeek: AgendaItem[];
  /** Conversations that may be held at once (stap 1, stap 2, the extra stap's first conversation). */
  toStart: AgendaItem[];
}

export function agenda(zaken: readonly Zaak[], today: string): Agenda {
  const result: Agenda = { overdue: [], today: [], thisWeek: [], toStart: [] };
  const weekEnd = addDays(today, 6);
  for (const zaak of zaken) {
    for (const next of nextConversations(zaak)) {
      const item: AgendaItem = { ...next, zaakId: zaak.id, leadStaffId: zaak.leadStaffId, bulliedPupilId: zaak.bulliedPupilId };
      if (!next.dueOn) result.toStart.push(item);
      else if (next.dueOn < today) result.overdue.push(item);
      else if (next.dueOn === today) result.today.push(item);
      else if (next.dueOn <= weekEnd) result.thisWeek.push(item);
    }
  }
  const byDue = (a: AgendaItem, b: AgendaItem) => (a.dueOn ?? '').localeCompare(b.dueOn ?? '');
  result.overdue.sort(byDue);
  result.thisWeek.sort(byDue);
  return result;
}

/** Tasks left "nog te doen" in open zaken: they stay on the lead's agenda until done. */
export function agendaTasks(protocol: ProtocolDefinition | ((zaak: Zaak) => ProtocolDefinition), zaken: readonly Zaak[]): ZaakTask[] {
  const wording = typeof protocol === 'function' ? protocol : () => protocol;
  return zaken
    .filter((z) => z.status === 'open')
    .flatMap((z) => openTasks(wording(z), z))
    .sort((a, b) => a.raisedAt.localeCompare(b.raisedAt));
}
