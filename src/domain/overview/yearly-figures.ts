import { triageOutcomes, type TriageOutcome } from '../case/triage';
import { nextConversations } from '../case/flow';
import { closingReasons, conversationStepIds, extraNextSteps, type ClosingReason, type ConversationStepId, type ExtraNextStep, type Zaak } from '../case/zaak';
import { isoDay, SCHOOL_YEAR_MONTHS, schoolYearOf } from '../dates';
import { hotspots, type Hotspots } from '../incidents/hotspots';
import type { Incident } from '../incidents/incident';
import type { Melding } from '../melding';
import type { Group, Pupil } from '../pupils';

/**
 * The yearly overview for the IB'er and directeur, and for the protocol's yearly evaluation:
 * figures only. Nothing here carries a name, so the report can go to the MR or the team.
 */

export interface YearlyFigures {
  schoolYear: string;
  /** Open zaken by the conversation they wait for; 'sluiten' when all is done but the zaak is not closed. */
  openByNextStep: { step: ConversationStepId | 'sluiten'; count: number }[];
  /** Open zaken with an evaluation past its due day. */
  overdueEvaluations: number;
  /** Counts of 1 or 2 in a group read "< 3" (see shownCount): a group is small enough to single out a child. */
  perGroup: { group: string; zaken: number; incidents: number }[];
  /** August to July. */
  perMonth: { month: number; meldingen: number; zaken: number; incidents: number }[];
  triage: { outcome: TriageOutcome | 'open'; count: number }[];
  howEnded: { reason: ClosingReason; count: number }[];
  /** Days from opening to closing, over the zaken closed this school year; null when none closed. */
  medianDaysToClose: number | null;
  closedCount: number;
  hotspots: Hotspots;
  /**
   * The extra stap this school year: children who had a confronting conversation, what followed
   * broken agreements, and the referrals to the social network (Bijlage 1) by organisation.
   */
  extraStap: { children: number; nextSteps: { step: ExtraNextStep; count: number }[]; referrals: { providerId: string; count: number }[] };
  totals: { meldingen: number; zaken: number; incidents: number };
}

export function schoolYearBounds(schoolYear: string): { from: string; to: string } {
  const start = Number(schoolYear.slice(0, 4));
  return { from: `${start}-08-01`, to: `${start + 1}-07-31` };
}

const dayOf = (iso: string) => isoDay(new Date(iso));
const monthOf = (day: string) => Number(day.slice(5, 7));

export function yearlyFigures(
  input: { zaken: readonly Zaak[]; meldingen: readonly Melding[]; incidents: readonly Incident[]; pupils: readonly Pupil[]; groups: readonly Group[] },
  schoolYear: string,
  today: string,
): YearlyFigures {
  const inYear = (day: string) => schoolYearOf(day) === schoolYear;
  const meldingen = input.meldingen.filter((m) => inYear(dayOf(m.createdAt)));
  const zaken = input.zaken.filter((z) => inYear(dayOf(z.openedAt)));
  const incidents = input.incidents.filter((i) => inYear(dayOf(i.occurredAt)));
  const closed = input.zaken.filter((z) => z.status === 'gesloten' && z.closing && inYear(dayOf(z.closing.at)));
  // Open zaken are a picture of now, whichever year they were opened in.
  const open = input.zaken.filter((z) => z.status === 'open');

  const waiting = new Map<ConversationStepId | 'sluiten', number>();
  let overdueEvaluations = 0;
  for (const zaak of open) {
    const next = nextConversations(zaak);
    const step = next[0]?.stepId ?? 'sluiten';
    waiting.set(step, (waiting.get(step) ?? 0) + 1);
    if (next.some((n) => n.dueOn !== undefined && n.dueOn < today)) overdueEvaluations++;
  }

  const groupOf = new Map(input.pupils.map((p) => [p.id, p.groupId]));
  const perGroup = input.groups.map((g) => ({
    group: g.name,
    zaken: zaken.filter((z) => groupOf.get(z.bulliedPupilId) === g.id).length,
    incidents: incidents.filter((i) => i.involved.some((p) => groupOf.get(p.pupilId) === g.id)).length,
  }));

  return {
    schoolYear,
    openByNextStep: [...conversationStepIds, 'sluiten' as const].map((step) => ({ step, count: waiting.get(step) ?? 0 })),
    overdueEvaluations,
    perGroup,
    perMonth: SCHOOL_YEAR_MONTHS.map((month) => ({
      month,
      meldingen: meldingen.filter((m) => monthOf(dayOf(m.createdAt)) === month).length,
      zaken: zaken.filter((z) => monthOf(dayOf(z.openedAt)) === month).length,
      incidents: incidents.filter((i) => monthOf(dayOf(i.occurredAt)) === month).length,
    })),
    triage: [
      ...triageOutcomes.map((o) => ({ outcome: o.id, count: meldingen.filter((m) => m.triage?.outcome === o.id).length })),
      { outcome: 'open' as const, count: meldingen.filter((m) => !m.triage).length },
    ],
    howEnded: closingReasons.map((r) => ({ reason: r.id, count: closed.filter((z) => z.closing!.reason === r.id).length })),
    medianDaysToClose: median(closed.map((z) => daysBetween(z.openedAt, z.closing!.at))),
    closedCount: closed.length,
    hotspots: hotspots(incidents, schoolYearBounds(schoolYear).from, schoolYearBounds(schoolYear).to),
    extraStap: extraStapFigures(input.zaken, inYear),
    totals: { meldingen: meldingen.length, zaken: zaken.length, incidents: incidents.length },
  };
}

function extraStapFigures(zaken: readonly Zaak[], inYear: (day: string) => boolean): YearlyFigures['extraStap'] {
  const held = zaken.flatMap((z) => z.conversations.filter((c) => c.stepId === 'extra' && inYear(c.heldOn)).map((c) => ({ zaak: z.id, c })));
  const confronted = new Set(held.filter(({ c }) => c.round % 2 === 1).map(({ zaak, c }) => `${zaak}:${c.pupilId ?? ''}`));
  const evaluations = held.filter(({ c }) => c.round % 2 === 0).map(({ c }) => c);
  const referrals = new Map<string, number>();
  for (const c of evaluations) if (c.referralProviderId) referrals.set(c.referralProviderId, (referrals.get(c.referralProviderId) ?? 0) + 1);
  return {
    children: confronted.size,
    nextSteps: extraNextSteps.map((s) => ({ step: s.id, count: evaluations.filter((c) => c.nextSteps?.includes(s.id)).length })),
    referrals: [...referrals].map(([providerId, count]) => ({ providerId, count })).sort((a, b) => b.count - a.count || a.providerId.localeCompare(b.providerId)),
  };
}

/** Whole calendar days, so a zaak opened and closed on one day took 0 days. */
export function daysBetween(fromIso: string, toIso: string): number {
  const day = (iso: string) => {
    const [y, m, d] = dayOf(iso).split('-').map(Number);
    return Date.UTC(y!, m! - 1, d!);
  };
  return Math.round((day(toIso) - day(fromIso)) / 86_400_000);
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The school years there is anything to show for, newest first, always including the current one. */
export function schoolYearsWithData(input: { zaken: readonly Zaak[]; meldingen: readonly Melding[]; incidents: readonly Incident[] }, today: string): string[] {
  const years = new Set([schoolYearOf(today)]);
  for (const m of input.meldingen) years.add(schoolYearOf(dayOf(m.createdAt)));
  for (const z of input.zaken) years.add(schoolYearOf(dayOf(z.openedAt)));
  for (const i of input.incidents) years.add(schoolYearOf(dayOf(i.occurredAt)));
  return [...years].sort().reverse();
}

/**
 * The school year the overview opens on: the current one, unless nothing has happened in it yet and
 * the year before has records. In the first weeks after the summer, the year to evaluate is the one
 * that just ended.
 */
export function defaultOverviewYear(input: { zaken: readonly Zaak[]; meldingen: readonly Melding[]; incidents: readonly Incident[] }, today: string): string {
  const years = schoolYearsWithData(input, today);
  const current = schoolYearOf(today);
  const hasRecords = (year: string) =>
    input.meldingen.some((m) => schoolYearOf(dayOf(m.createdAt)) === year) ||
    input.zaken.some((z) => schoolYearOf(dayOf(z.openedAt)) === year) ||
    input.incidents.some((i) => schoolYearOf(dayOf(i.occurredAt)) === year);
  if (hasRecords(current)) return current;
  return years.find((y) => y < current && hasRecords(y)) ?? current;
}

/** Below this a count per group is not shown exactly: in a class of 25, "1 zaak" may name the child. */
export const SMALLEST_SHOWN_COUNT = 3;

/** A count for a report that goes round the team: 0, or at least three, or "< 3". */
export function shownCount(count: number): string {
  return count > 0 && count < SMALLEST_SHOWN_COUNT ? `< ${SMALLEST_SHOWN_COUNT}` : String(count);
}
