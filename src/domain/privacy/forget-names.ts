import type { Zaak } from '../case/zaak';
import type { Incident } from '../incidents/incident';
import type { Melding } from '../melding';
import type { Pupil } from '../pupils';
import { formsOf, replaceNameForms } from './parents-copy';
import type { RetentionPlan } from './retention';

/**
 * Erasure that erases: when retention deletes a pupil, records that stay (about a classmate still
 * within the term) may still name them in free text ("Kees Vertrekker duwde…"). Those names go too,
 * in every form people write them, except forms that also name a pupil who stays.
 */
export const FORMER_PUPIL = 'een oud-leerling';

export interface Rewritten {
  meldingen: Melding[];
  zaken: Zaak[];
  incidents: Incident[];
}

type Records = { pupils: readonly Pupil[]; meldingen: readonly Melding[]; zaken: readonly Zaak[]; incidents: readonly Incident[] };

/** The staying records whose free text named a deleted pupil, rewritten; the others are left alone. */
export function forgetDeletedNames(data: Records, plan: Pick<RetentionPlan, 'pupilIds' | 'meldingIds' | 'zaakIds' | 'incidentIds'>, at: Date): Rewritten {
  const goes = new Set(plan.pupilIds);
  const forms = formsOf(
    data.pupils.filter((p) => goes.has(p.id)),
    data.pupils.filter((p) => !goes.has(p.id)),
  );
  if (forms.length === 0) return { meldingen: [], zaken: [], incidents: [] };
  const clean = (text: string) => {
    const replaced = replaceNameForms(text, forms, FORMER_PUPIL);
    return replaced === text.normalize('NFC') ? text : replaced;
  };
  const changed = <T>(before: T, after: T) => JSON.stringify(before) !== JSON.stringify(after);
  const staying = <T extends { id: string }>(records: readonly T[], deleted: readonly string[]) => records.filter((r) => !deleted.includes(r.id));

  const meldingen = staying(data.meldingen, plan.meldingIds)
    .map((m) => [m, { ...m, description: clean(m.description), reporterName: clean(m.reporterName), location: clean(m.location), ...(m.triage ? { triage: { ...m.triage, reason: clean(m.triage.reason), followUp: clean(m.triage.followUp) } } : {}), ...(m.corrections ? { corrections: m.corrections.map((k) => ({ ...k, from: clean(k.from), to: clean(k.to), reason: clean(k.reason) })) } : {}) }] as const)
    .filter(([before, after]) => changed(before, after))
    .map(([, after]) => ({ ...after, updatedAt: at.toISOString() }));

  const zaken = staying(data.zaken, plan.zaakIds)
    .map((z) => {
      const after: Zaak = {
        ...z,
        conversations: z.conversations.map((c) => ({
          ...c,
          answers: Object.fromEntries(Object.entries(c.answers).map(([k, v]) => [k, typeof v === 'string' ? clean(v) : v])),
          ...(c.followUp !== undefined ? { followUp: clean(c.followUp) } : {}),
          ...(c.actions ? { actions: c.actions.map((a) => ({ ...a, text: clean(a.text), ...(a.effect !== undefined ? { effect: clean(a.effect) } : {}) })) } : {}),
          ...(c.attendeesNote !== undefined ? { attendeesNote: clean(c.attendeesNote) } : {}),
        })),
        ...(z.closing ? { closing: { ...z.closing, note: clean(z.closing.note) } } : {}),
        reopenings: z.reopenings.map((r) => ({ ...r, reason: clean(r.reason) })),
        // What was added beside the conversations quotes them too: a correction's old and new text, a reason, a note as entered in Esis.
        ...(z.corrections ? { corrections: z.corrections.map((k) => ({ ...k, from: clean(k.from), to: clean(k.to), reason: clean(k.reason) })) } : {}),
        ...(z.closingCorrections ? { closingCorrections: z.closingCorrections.map((k) => ({ ...k, from: clean(k.from), to: clean(k.to), reason: clean(k.reason) })) } : {}),
        ...(z.reschedules ? { reschedules: z.reschedules.map((r) => ({ ...r, reason: clean(r.reason) })) } : {}),
        ...(z.reconciliations ? { reconciliations: z.reconciliations.map((r) => ({ ...r, note: clean(r.note) })) } : {}),
        ...(z.esisEntered ? { esisEntered: Object.fromEntries(Object.entries(z.esisEntered).map(([k, e]) => [k, { ...e, ...(e.text !== undefined ? { text: clean(e.text) } : {}) }])) } : {}),
      };
      return [z, after] as const;
    })
    .filter(([before, after]) => changed(before, after))
    // A change like any other: a newer revision, so a copy elsewhere does not bring the name back.
    .map(([before, after]) => ({ ...after, updatedAt: at.toISOString(), rev: before.rev + 1 }));

  const incidents = staying(data.incidents, plan.incidentIds)
    .map((i) => [i, { ...i, note: clean(i.note) }] as const)
    .filter(([before, after]) => changed(before, after))
    .map(([, after]) => after);

  return { meldingen, zaken, incidents };
}

/**
 * Drafts (half-typed forms, anyone's) that hold a deleted pupil: their id as a choice, or any form
 * of their name in what was typed. They go with the pupil; a draft is not a record worth rewriting.
 */
export function draftsToForget(drafts: readonly { id: string; form?: string | undefined; values: unknown }[], pupils: readonly Pupil[], plan: Pick<RetentionPlan, 'pupilIds' | 'zaakIds'>): string[] {
  const goes = new Set(plan.pupilIds);
  const forms = formsOf(pupils.filter((p) => goes.has(p.id)), pupils.filter((p) => !goes.has(p.id)));
  const mentions = (value: unknown): boolean => {
    if (typeof value === 'string') return goes.has(value) || plan.zaakIds.includes(value) || (forms.length > 0 && replaceNameForms(value, forms, FORMER_PUPIL) !== value.normalize('NFC'));
    if (Array.isArray(value)) return value.some(mentions);
    if (value && typeof value === 'object') return Object.entries(value).some(([k, v]) => goes.has(k) || mentions(v));
    return false;
  };
  // The draft's own name says which form it is ("gesprek:<zaak>:…", "instellingen:leerling:<pupil>").
  const named = (d: { id: string; form?: string | undefined }) => d.form ?? d.id;
  return drafts.filter((d) => mentions(d.values) || plan.zaakIds.some((z) => named(d).includes(z)) || plan.pupilIds.some((p) => named(d).includes(p))).map((d) => d.id);
}
