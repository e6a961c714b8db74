import * as z from 'zod/mini';
import { idsOf } from './choices';
import { fieldErrors, type FieldErrors } from './validation';
import { isoDate, isoDateTime, optionalText, recordId, requiredText } from './text-fields';
import { triageSchema } from './case/triage';
import { unionMeldingCorrections } from './melding-corrections';

/** Who may report (suspected) bullying: anyone involved with the school, the blue mailbox included. */
export const reporterKinds = [
  { id: 'leerling-zelf', label: 'De leerling zelf' },
  { id: 'ouder', label: 'Ouder of verzorger' },
  { id: 'klasgenoot', label: 'Klasgenoot' },
  { id: 'personeel', label: 'Leerkracht of personeel' },
  { id: 'surveillant', label: 'Surveillant' },
  { id: 'blauwe-brievenbus', label: 'Blauwe brievenbus' },
  { id: 'anders', label: 'Anders' },
] as const;
export type ReporterKind = (typeof reporterKinds)[number]['id'];
const reporterKindIds = idsOf(reporterKinds);

/** A melding waits for triage; triage ends it (plagen, incident) or opens a case. */
export const meldingStatuses = [
  { id: 'nieuw', label: 'Nieuw — nog beoordelen' },
  { id: 'zaak', label: 'Pesten — zaak geopend' },
  { id: 'plagen', label: 'Plagen — afgehandeld' },
  { id: 'incident', label: 'Incident, geen pesten — afgehandeld' },
] as const;
export type MeldingStatus = (typeof meldingStatuses)[number]['id'];
const meldingStatusIds = idsOf(meldingStatuses);

export const MAX_PUPILS_PER_MELDING = 30;
export const MAX_DESCRIPTION_LENGTH = 4000;

/** What the person filling in the form decides. */
export const meldingInputSchema = z.object({
  reporterKind: z.enum(reporterKindIds, 'Kies wie de melding doet.'),
  reporterName: optionalText('de naam van de melder', 120),
  pupilIds: z
    .array(recordId)
    .check(
      z.minLength(1, 'Kies minstens één leerling.'),
      z.maxLength(MAX_PUPILS_PER_MELDING, `Kies hoogstens ${MAX_PUPILS_PER_MELDING} leerlingen.`),
    ),
  description: requiredText('wat er is gebeurd', MAX_DESCRIPTION_LENGTH),
  occurredOn: isoDate,
  location: optionalText('de plaats', 200),
});
export type MeldingInput = z.infer<typeof meldingInputSchema>;

/** A correction of a melding as filed or of its triage: added beside it, never written over it (melding-corrections.ts). */
export const meldingCorrectionSchema = z.object({
  at: isoDateTime,
  by: z.optional(recordId),
  field: z.enum(['description', 'location', 'triage.reason', 'triage.followUp']),
  from: z.string().check(z.maxLength(4000)),
  to: z.string().check(z.maxLength(4000)),
  reason: requiredText('de reden', 1000),
});
export type MeldingCorrection = z.infer<typeof meldingCorrectionSchema>;

export const meldingSchema = z.extend(meldingInputSchema, {
  id: recordId,
  status: z.enum(meldingStatusIds),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  recordedBy: z.optional(recordId),
  /** Set once the melding is assessed: plagen, pesten or an incident. */
  triage: z.optional(triageSchema),
  /**
   * Judgements made at the same time on other tablets that were not followed, because another opened
   * a zaak (sync): kept, with who made them and why, never dropped.
   */
  otherJudgements: z.optional(z.array(triageSchema)),
  /** Who takes it up: for a note from the blue mailbox, the IVP who found it. */
  leadStaffId: z.optional(recordId),
  /** A note from the blue mailbox: signed or not, and the photo of it if one was taken. */
  mailbox: z.optional(z.object({ signed: z.boolean(), photoId: z.optional(recordId) })),
  /** Corrections of what was filed or judged, oldest first: who, when, why, what it was and what it became. */
  corrections: z.optional(z.array(meldingCorrectionSchema)),
});
export type Melding = z.infer<typeof meldingSchema>;

export type MeldingCheck = { ok: true; value: MeldingInput } | { ok: false; errors: FieldErrors };

/** Validates the form; `today` keeps a melding from being dated in the future. */
export function checkMeldingInput(input: unknown, today: string): MeldingCheck {
  const parsed = meldingInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) };
  if (parsed.data.occurredOn > today)
    return { ok: false, errors: { occurredOn: 'De datum ligt in de toekomst.' } };
  return { ok: true, value: parsed.data };
}

export function emptyMeldingInput(today: string): MeldingInput {
  return { reporterKind: 'personeel', reporterName: '', pupilIds: [], description: '', occurredOn: today, location: '' };
}

export function reporterLabel(kind: ReporterKind): string {
  return reporterKinds.find((k) => k.id === kind)?.label ?? kind;
}

export function statusLabel(status: MeldingStatus): string {
  return meldingStatuses.find((s) => s.id === status)?.label ?? status;
}

/** Open meldingen first, then newest first within each status. */
export function sortMeldingen(meldingen: readonly Melding[]): Melding[] {
  const rank = (s: MeldingStatus) => meldingStatusIds.indexOf(s);
  return [...meldingen].sort((a, b) => rank(a.status) - rank(b.status) || b.createdAt.localeCompare(a.createdAt));
}

/**
 * Two tablets judged the same melding apart, and one judgement opened a zaak: that one stands (the
 * zaak exists on every tablet), and every other judgement is kept beside it, with its author, moment
 * and reasons, for the dossier. Null when no version opened a zaak, or only one judgement differs in
 * nothing. Deterministic, so tablets that settle it at once write the same record.
 */
export function withOtherJudgements(versions: readonly Melding[]): Melding | null {
  const opened = versions.filter((v) => v.status === 'zaak');
  if (opened.length !== 1) return null;
  const kept = opened[0]!;
  const others = versions.flatMap((v) => [...(v === kept || !v.triage ? [] : [v.triage]), ...(v.otherJudgements ?? [])]).concat(kept.otherJudgements ?? []);
  const same = (a: NonNullable<Melding['triage']>, b: NonNullable<Melding['triage']>) => JSON.stringify(a) === JSON.stringify(b);
  const unique = others.filter((t, i) => !(kept.triage && same(t, kept.triage)) && others.findIndex((u) => same(u, t)) === i);
  if (unique.length === 0) return null;
  unique.sort((a, b) => (a.decidedAt ?? '').localeCompare(b.decidedAt ?? '') || JSON.stringify(a).localeCompare(JSON.stringify(b)));
  // Corrections made on any tablet stay too.
  const corrections = unionMeldingCorrections(versions);
  return { ...kept, otherJudgements: unique, ...(corrections.length ? { corrections } : {}) };
}

/** A note from the blue mailbox: taken in with its photo, or recorded by hand as the mailbox's. */
export const isFromMailbox = (m: Pick<Melding, 'mailbox' | 'reporterKind'>): boolean => m.mailbox !== undefined || m.reporterKind === 'blauwe-brievenbus';
