import { addDays, isoDay } from '../dates';
import type { Melding } from '../melding';
import { nextConversations, type NextConversation } from './flow';
import type { ProtocolDefinition } from '../protocol';
import { openTasks, type ZaakTask } from './tasks';
import type { Zaak } from './zaak';
import { asCorrected } from './corrected';

/** What is due, for the home screen: overdue, today, what may start now, this week and later; per lead. */

export interface AgendaItem extends NextConversation {
  zaakId: string;
  leadStaffId: string;
  bulliedPupilId: string;
  /** For a conversation that may start now: the day it became possible. */
  since?: string;
  /** It may start now, and has waited longer than the school's threshold (in school days). */
  waitingTooLong?: boolean;
}

export interface Agenda {
  overdue: AgendaItem[];
  today: AgendaItem[];
  thisWeek: AgendaItem[];
  /** Planned after this week: never "nothing planned" while an evaluation is a week or more away. */
  later: AgendaItem[];
  /** Conversations that may be held at once (stap 1, stap 2, the extra stap's first conversation). */
  toStart: AgendaItem[];
}

/** By default, work that may start now is flagged after two school days of waiting. */
export const DEFAULT_WAITING_SCHOOL_DAYS = 2;

/** School days (Monday to Friday) after `from` up to and including `to`. */
export function schoolDaysBetween(from: string, to: string): number {
  let days = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) {
    const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6) days++;
  }
  return days;
}

/** Since when a conversation that may start now could have started: the step before it, or the opening. */
function startableSince(held: Zaak): string {
  const zaak = asCorrected(held);
  const last = [...zaak.conversations].sort((a, b) => a.recordedAt.localeCompare(b.recordedAt)).at(-1);
  const reopened = zaak.reopenings.at(-1)?.at;
  const candidates = [zaak.openedAt.slice(0, 10), last?.heldOn, reopened?.slice(0, 10)].filter((d): d is string => Boolean(d));
  return candidates.sort().at(-1)!;
}

/** Work that could have been done since `since` waits too long once more school days passed than the school allows. */
export function waitsTooLong(since: string, today: string, waitingSchoolDays = DEFAULT_WAITING_SCHOOL_DAYS): boolean {
  return schoolDaysBetween(since, today) > waitingSchoolDays;
}

/**
 * School days a melding has waited to be judged (plagen or pesten), once that is longer than the
 * school allows; undefined while it is within the term or once judged.
 */
export function triageWaitingDays(melding: Pick<Melding, 'status' | 'createdAt'>, today: string, waitingSchoolDays = DEFAULT_WAITING_SCHOOL_DAYS): number | undefined {
  if (melding.status !== 'nieuw') return undefined;
  const since = isoDay(new Date(melding.createdAt));
  return waitsTooLong(since, today, waitingSchoolDays) ? schoolDaysBetween(since, today) : undefined;
}

export function agenda(zaken: readonly Zaak[], today: string, waitingSchoolDays = DEFAULT_WAITING_SCHOOL_DAYS): Agenda {
  const result: Agenda = { overdue: [], today: [], thisWeek: [], later: [], toStart: [] };
  const weekEnd = addDays(today, 6);
  for (const zaak of zaken) {
    for (const next of nextConversations(zaak)) {
      const item: AgendaItem = { ...next, zaakId: zaak.id, leadStaffId: zaak.leadStaffId, bulliedPupilId: zaak.bulliedPupilId };
      if (!next.dueOn) {
        const since = startableSince(zaak);
        result.toStart.push({ ...item, since, waitingTooLong: waitsTooLong(since, today, waitingSchoolDays) });
      } else if (next.dueOn < today) result.overdue.push(item);
      else if (next.dueOn === today) result.today.push(item);
      else if (next.dueOn <= weekEnd) result.thisWeek.push(item);
      else result.later.push(item);
    }
  }
  const byDue = (a: AgendaItem, b: AgendaItem) => (a.dueOn ?? '').localeCompare(b.dueOn ?? '');
  result.overdue.sort(byDue);
  result.thisWeek.sort(byDue);
  result.later.sort(byDue);
  // The longest waiting first.
  result.toStart.sort((a, b) => (a.since ?? '').localeCompare(b.since ?? ''));
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
