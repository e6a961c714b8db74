import * as z from 'zod/mini';
import type { PreventionActivity } from '../protocol';
import { SCHOOL_YEAR_MONTHS, schoolYearOf } from '../dates';
import { isoDate, optionalText, recordId } from '../text-fields';

/**
 * Section 3 of the protocol as a checklist per school year (August to July): what is due when, and
 * what the school has done.
 */


export const preventionRecordSchema = z.object({
  /** `${schoolYear}:${activityId}` */
  id: recordId,
  schoolYear: z.string().check(z.regex(/^\d{4}-\d{4}$/)),
  activityId: recordId,
  doneOn: isoDate,
  note: optionalText('de notitie', 1000),
  by: z.optional(recordId),
});
export type PreventionRecord = z.infer<typeof preventionRecordSchema>;

export const preventionRecordId = (schoolYear: string, activityId: string) => `${schoolYear}:${activityId}`;

export function byMonth(plan: readonly PreventionActivity[]): { month: number | null; activities: PreventionActivity[] }[] {
  const months = SCHOOL_YEAR_MONTHS.map((month) => ({ month: month as number | null, activities: plan.filter((a) => a.months.includes(month)) }));
  return [...months.filter((m) => m.activities.length > 0), { month: null, activities: plan.filter((a) => a.months.length === 0) }].filter((m) => m.activities.length > 0);
}

/** What falls due this month (or earlier in this school year) and is not done yet. */
export function dueNow(plan: readonly PreventionActivity[], records: readonly PreventionRecord[], today: string): PreventionActivity[] {
  const year = schoolYearOf(today);
  const month = Number(today.slice(5, 7));
  const position = (m: number) => (SCHOOL_YEAR_MONTHS as readonly number[]).indexOf(m);
  const done = new Set(records.filter((r) => r.schoolYear === year).map((r) => r.activityId));
  return plan.filter((a) => !done.has(a.id) && a.months.some((m) => position(m) <= position(month)));
}
