import * as z from 'zod/mini';
import type { Zaak } from '../case/zaak';
import type { Incident } from '../incidents/incident';
import type { Melding } from '../melding';
import type { Pupil } from '../pupils';
import { isoDate, isoDateTime, recordId } from '../text-fields';

/**
 * The AVG's storage limitation: what Kring holds about a child goes a set time after the child left
 * the school. Closed zaken, finished meldingen and incidents go when every child they are about has
 * passed that time; the child's own record goes with them. Open work (a zaak not closed, a melding not
 * yet assessed) keeps everything it needs. A record about several children stays while one of them is
 * within the term; the expired child's name then reads as "onbekende leerling".
 */

export const DEFAULT_RETENTION_YEARS = 2;
export const retentionYearsSchema = z.int('Vul een heel aantal jaren in.').check(z.gte(1, 'Minstens 1 jaar.'), z.lte(10, 'Hoogstens 10 jaar.'));

/** The first day a record of a pupil who left on `leftOn` may be deleted: the same date `years` later. */
export function expiresOn(leftOn: string, years: number): string {
  const [y, m, d] = leftOn.split('-').map(Number);
  // 29 February has no anniversary in most years: Date rolls it over to 1 March, which errs on keeping longer.
  const date = new Date(Date.UTC(y! + years, m! - 1, d!));
  return date.toISOString().slice(0, 10);
}

export interface RetentionPlan {
  pupilIds: string[];
  zaakIds: string[];
  meldingIds: string[];
  incidentIds: string[];
  /** Pupils past the term who stay because an open zaak or an unassessed melding still needs them. */
  heldByOpenWork: string[];
  /** Photos of the blue-mailbox notes among the meldingen that go. */
  photoIds: string[];
}

export function retentionPlan(
  data: { pupils: readonly Pick<Pupil, 'id' | 'leftOn'>[]; zaken: readonly Zaak[]; meldingen: readonly Melding[]; incidents: readonly Incident[] },
  years: number,
  today: string,
): RetentionPlan {
  const pastTerm = data.pupils.filter((p) => p.leftOn && expiresOn(p.leftOn, years) <= today).map((p) => p.id);
  const openZaken = data.zaken.filter((z) => z.status === 'open');
  const unassessed = data.meldingen.filter((m) => m.status === 'nieuw');
  const neededByOpen = new Set([
    ...openZaken.flatMap((z) => [z.bulliedPupilId, ...z.members.map((m) => m.pupilId)]),
    ...unassessed.flatMap((m) => m.pupilIds),
  ]);
  const heldByOpenWork = pastTerm.filter((id) => neededByOpen.has(id));
  const pupilIds = pastTerm.filter((id) => !neededByOpen.has(id));
  const goes = new Set(pupilIds);
  const openMeldingIds = new Set(openZaken.map((z) => z.meldingId));
  const allGo = (ids: readonly string[]) => ids.length > 0 && ids.every((id) => goes.has(id));

  const zaakIds = data.zaken.filter((z) => z.status === 'gesloten' && goes.has(z.bulliedPupilId)).map((z) => z.id);
  const meldingIds = data.meldingen.filter((m) => m.status !== 'nieuw' && !openMeldingIds.has(m.id) && allGo(m.pupilIds)).map((m) => m.id);
  const incidentIds = data.incidents.filter((i) => allGo(i.involved.map((p) => p.pupilId))).map((i) => i.id);
  const going = new Set(meldingIds);
  const photoIds = data.meldingen.flatMap((m) => (going.has(m.id) && m.mailbox?.photoId ? [m.mailbox.photoId] : []));
  return { pupilIds, zaakIds, meldingIds, incidentIds, heldByOpenWork, photoIds };
}

export function isEmptyPlan(plan: RetentionPlan): boolean {
  return plan.pupilIds.length + plan.zaakIds.length + plan.meldingIds.length + plan.incidentIds.length === 0;
}

/** The log keeps that a deletion happened, when and how much: never what or whom. */
export const deletionLogSchema = z.object({
  id: recordId,
  at: isoDateTime,
  retentionYears: z.number(),
  counts: z.object({ pupils: z.number(), zaken: z.number(), meldingen: z.number(), incidents: z.number(), photos: z.number() }),
  /** Pupils who left on or before this day were past the term. */
  leftOnOrBefore: isoDate,
});
export type DeletionLogEntry = z.infer<typeof deletionLogSchema>;

/** Pupils who left on or before this day are past the term today. */
export function leftOnOrBefore(today: string, years: number): string {
  const [y, m, d] = today.split('-').map(Number);
  return new Date(Date.UTC(y! - years, m! - 1, d!)).toISOString().slice(0, 10);
}
