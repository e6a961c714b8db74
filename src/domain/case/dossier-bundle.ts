import * as z from 'zod/mini';
import { formatDay, formatMoment } from '../dates';
import { fileSlug } from '../file-names';
import { reporterKinds, type Melding } from '../melding';
import { triageOutcomes } from './triage';
import { closingReasons, type Zaak } from './zaak';
import type { DossierConversation, DossierNames } from './dossier';

/**
 * A zaak's dossier as a file a receiver can check (the board, a youth-care partner, the inspectorate,
 * a court): the same content as the printed dossier, in sections of labelled lines, signed by the
 * school (data/crypto/signing.ts). Versioned like the Esis export; its JSON Schema, generated from
 * this schema, is dossier-bundle.schema.json.
 */
export const DOSSIER_FORMAT = 'kring-dossier';
export const DOSSIER_SCHEMA_VERSION = 1;
export const SIGNATURE_ALGORITHM = 'ECDSA-P256-SHA256';

const text = (max: number) => z.string().check(z.maxLength(max));
const line = z.object({
  label: text(500),
  text: text(4000),
  /** A line corrected after it was recorded: what it said first, when, by whom and why. */
  corrections: z.optional(z.array(z.object({ at: text(40), by: z.optional(text(200)), was: text(4000), reason: text(1000) }))),
});
const section = z.object({ title: text(300), lines: z.array(line) });

export const dossierBundleSchema = z.object({
  format: z.literal(DOSSIER_FORMAT),
  schemaVersion: z.literal(DOSSIER_SCHEMA_VERSION),
  /** The full dossier, or a parent's copy of one child's records. */
  kind: z.enum(['dossier', 'ouderkopie']),
  school: text(120),
  madeAt: text(40),
  child: text(200),
  sections: z.array(section),
});
export type DossierBundle = z.infer<typeof dossierBundleSchema>;
export type DossierSectionLines = z.infer<typeof section>;

export const signedDossierSchema = z.object({
  signed: dossierBundleSchema,
  signature: z.object({
    algorithm: z.literal(SIGNATURE_ALGORITHM),
    /** The school's public key (SPKI, base64): its fingerprint is what the school publishes. */
    publicKey: text(400),
    /** Over the canonical JSON of `signed` (canonicalJson). */
    value: text(400),
  }),
});
export type SignedDossier = z.infer<typeof signedDossierSchema>;

export function dossierJsonSchema(): unknown {
  return z.toJSONSchema(signedDossierSchema);
}

/**
 * The one text that is signed and digested: JSON with every object's keys in code-point order and no
 * spaces, so the same bundle gives the same bytes on every device, whatever order it was built in.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

const yesNo = (v: boolean | undefined) => (v === undefined ? 'Niet beantwoord' : v ? 'Ja' : 'Nee');

/** The melding as filed: what was reported, by whom, when, where and about whom. */
function meldingSection(melding: Melding, names: DossierNames): DossierSectionLines {
  const reporter = reporterKinds.find((r) => r.id === melding.reporterKind)?.label ?? melding.reporterKind;
  return {
    title: 'De melding',
    lines: [
      { label: 'Gemeld door', text: melding.reporterName ? `${reporter}: ${melding.reporterName}` : reporter },
      { label: 'Vastgelegd op', text: `${formatMoment(melding.createdAt)}${names.staff(melding.recordedBy) ? ` door ${names.staff(melding.recordedBy)}` : ''}` },
      { label: 'Gebeurd op', text: formatDay(melding.occurredOn) },
      ...(melding.location ? [{ label: 'Waar', text: melding.location }] : []),
      { label: 'Over', text: melding.pupilIds.map(names.pupil).join(', ') },
      { label: 'Wat is er gebeurd?', text: melding.description },
    ],
  };
}

/** The triage: the three criteria, the outcome, the reason, who judged and when. */
function triageSection(melding: Melding, names: DossierNames): DossierSectionLines | null {
  const t = melding.triage;
  if (!t) return null;
  const judged = [t.decidedAt && formatMoment(t.decidedAt), names.staff(t.decidedBy) && `door ${names.staff(t.decidedBy)}`].filter(Boolean).join(' ');
  return {
    title: 'Beoordeling: plagen of pesten?',
    lines: [
      { label: 'Met opzet?', text: yesNo(t.opzet) },
      { label: 'Herhaaldelijk?', text: yesNo(t.herhaling) },
      { label: 'Ongelijke macht?', text: yesNo(t.macht) },
      { label: 'Uitkomst', text: triageOutcomes.find((o) => o.id === t.outcome)?.label ?? t.outcome },
      { label: 'Waarom', text: t.reason },
      ...(t.followUp ? [{ label: 'Vervolg', text: t.followUp }] : []),
      ...(judged ? [{ label: 'Beoordeeld', text: judged }] : []),
    ],
  };
}

/** A conversation as the printed dossier shows it, with when it was held, recorded and by whom. */
function conversationSection(c: DossierConversation, recordedAt: string | undefined): DossierSectionLines {
  return {
    title: c.title,
    lines: [
      { label: 'Gehouden op', text: c.heldOn, ...(c.heldOnCorrections ? { corrections: c.heldOnCorrections } : {}) },
      ...(recordedAt ? [{ label: 'Vastgelegd', text: `${formatMoment(recordedAt)}${c.recordedBy ? ` door ${c.recordedBy}` : ''}` }] : []),
      ...c.lines.map((l) => ({ label: l.label, text: l.text, ...(l.corrections ? { corrections: l.corrections } : {}) })),
    ],
  };
}

/** The closing of the zaak, if it was closed. */
function closingSection(zaak: Zaak, names: DossierNames): DossierSectionLines | null {
  if (!zaak.closing) return null;
  const { closing } = zaak;
  return {
    title: 'Afsluiting van de zaak',
    lines: [
      { label: 'Gesloten op', text: `${formatMoment(closing.at)}${names.staff(closing.by) ? ` door ${names.staff(closing.by)}` : ''}` },
      { label: 'Reden', text: closingReasons.find((r) => r.id === closing.reason)?.label ?? closing.reason },
      ...(closing.note ? [{ label: 'Toelichting', text: closing.note }] : []),
    ],
  };
}

/** The whole dossier of a zaak, in the order a receiver reads it. */
export function dossierBundle(input: {
  school: string;
  madeAt: Date;
  zaak: Zaak;
  melding: Melding | undefined;
  conversations: readonly DossierConversation[];
  names: DossierNames;
}): DossierBundle {
  const { zaak, melding, names } = input;
  const sections = [
    ...(melding ? [meldingSection(melding, names), triageSection(melding, names)] : []),
    ...input.conversations.map((c, i) => conversationSection(c, zaak.conversations[i]?.recordedAt)),
    closingSection(zaak, names),
  ].filter((s): s is DossierSectionLines => s !== null);
  return dossierBundleSchema.parse({
    format: DOSSIER_FORMAT,
    schemaVersion: DOSSIER_SCHEMA_VERSION,
    kind: 'dossier',
    school: input.school,
    madeAt: input.madeAt.toISOString(),
    child: names.pupil(zaak.bulliedPupilId),
    sections,
  });
}

/** "kring-dossier-basisschool-de-linde-2026-11-25.json": the school and the day, nothing about a child. */
export function dossierFileName(school: string, day: string, kind: DossierBundle['kind'] = 'dossier'): string {
  return `kring-${kind}-${fileSlug(school)}-${day}.json`;
}
