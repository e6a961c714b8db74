import { addDays, schoolYearOf } from './dates';

/**
 * What Kring opens at unlock: the records a teacher works with most days. Everything still open (a
 * melding to judge, a zaak under way) whatever its age, and whatever was written or changed this
 * school year, or in the last thirteen weeks when the year has just begun. Older records stay sealed
 * on the tablet until a screen that needs them opens them: a child's history, the yearly overview,
 * the retention term, a transfer. So unlocking takes as long after ten years as after one.
 */
/**
 * Thirteen weeks: more than the longest window the repeated-targeting rule can be set to (90 days,
 * school.ts), so every signal is worked out over every incident it could count.
 */
export const RECENT_DAYS = 91;

/** The first day of the working set. */
export function workingSetSince(today: string): string {
  const yearStart = `${schoolYearOf(today).slice(0, 4)}-08-01`;
  const daysBack = addDays(today, -RECENT_DAYS);
  return yearStart < daysBack ? yearStart : daysBack;
}

/** What an unlocked tablet holds: the working set since a day, or the whole school. */
export type Scope = { since: string } | 'all';

/** A zaak belongs to the working set while it is open, or when it changed since that day. */
export function zaakInWorkingSet(zaak: { status: 'open' | 'gesloten'; updatedAt: string }, since: string): boolean {
  return zaak.status === 'open' || zaak.updatedAt >= since;
}
