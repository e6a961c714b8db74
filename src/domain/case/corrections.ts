import type { ProtocolDefinition } from '../protocol';
import { stepById } from '../protocol';
import { definitionRound } from './conversation-rules';
import { heldOnProblem } from './held-on';
import { feelingWord } from './feelings';
import { formatDay, isoDay } from '../dates';
import { decisions, type Conversation, type Correction, type Zaak } from './zaak';
import { asCorrected, correctedConversation, sameConversation } from './corrected';
import type { ZaakResult } from './zaak-events';

const fail = (error: string, field: string): ZaakResult => ({ ok: false, errors: { [field]: error } });

export type { Correction };

/**
 * Held is held: a conversation, once recorded, is never changed. What was written wrong (a typo, a
 * wrong day, a name in the wrong place) is corrected by an added entry: who, when, why, what it was
 * and what it became. The zaak, the timeline, the dossier, the Esis notes and the parents' copy show
 * the text as corrected and say that it was; the conversation as held stays in the record beside it.
 */

export interface CorrectableField {
  field: string;
  label: string;
  /** The text as it stands now (corrected or as held); a choice as its value ("true", "3"). */
  value: string;
  kind: 'date' | 'text' | 'choice';
  /** For a choice: what can be chosen, in words. */
  options?: { value: string; label: string }[];
}

const YES_NO = [
  { value: 'true', label: 'Ja' },
  { value: 'false', label: 'Nee' },
];
const FACES = [1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: feelingWord(n) }));

/** What of a held conversation can be corrected: its day, what was written in words, a tapped Ja/Nee or face, and its decision (not a tick: a task done later is marked done). */
export function correctableFields(protocol: ProtocolDefinition, zaak: Zaak, held: Conversation, pupilName: (id: string) => string): CorrectableField[] {
  const c = correctedConversation(zaak, held);
  const step = stepById(protocol, c.stepId);
  const round = definitionRound(c.stepId, c.round);
  const fields: CorrectableField[] = [{ field: 'heldOn', label: 'Gehouden op', value: c.heldOn, kind: 'date' }];
  for (const prompt of step.prompts.filter((p) => (p.round ?? 1) === round)) {
    const answer = c.answers[prompt.id];
    if (answer === undefined || answer === '') continue;
    // A tapped Ja/Nee or face is corrected by choosing again; written words by writing them.
    if (typeof answer === 'boolean') fields.push({ field: `answer:${prompt.id}`, label: prompt.text, value: String(answer), kind: 'choice', options: YES_NO });
    else if (typeof answer === 'number') fields.push({ field: `answer:${prompt.id}`, label: prompt.text, value: String(answer), kind: 'choice', options: FACES });
    else fields.push({ field: `answer:${prompt.id}`, label: prompt.text, value: answer, kind: 'text' });
  }
  if (c.followUp) fields.push({ field: 'followUp', label: 'Passend vervolg', value: c.followUp, kind: 'text' });
  for (const a of c.actions ?? []) if (a.text) fields.push({ field: `action:${a.pupilId}`, label: `Actiepunt van ${pupilName(a.pupilId)}`, value: a.text, kind: 'text' });
  if (c.attendeesNote) fields.push({ field: 'attendeesNote', label: 'Toelichting bij de aanwezigen', value: c.attendeesNote, kind: 'text' });
  // A decision tapped wrong: corrected while nothing was held after it (what follows then follows the correction).
  if (c.decision) fields.push({ field: 'decision', label: 'Besluit', value: c.decision, kind: 'choice', options: DECISIONS });
  return fields;
}

const DECISIONS = decisions.map((d) => ({ value: d.id as string, label: d.label }));


/**
 * Adds a correction to a held conversation, or says in Dutch why not: the text must change, a reason
 * is required, and a corrected day follows the protocol like a typed one (never after today, never
 * before what it follows, nor after what follows it).
 */
export function correctConversation(protocol: ProtocolDefinition, zaak: Zaak, held: Conversation, field: string, to: string, reason: string, at: Date, by?: string): ZaakResult {
  const current = correctableFields(protocol, zaak, held, () => '').find((f) => f.field === field);
  if (!current) return fail('Kies wat u wilt corrigeren.', 'field');
  const text = to.normalize('NFC').trim();
  const why = reason.trim();
  // Every field's problem at once: a teacher fixes the day and the reason in one go.
  const errors: Record<string, string> = {};
  const what = current.kind === 'date' ? 'datum' : current.kind === 'text' ? 'tekst' : 'keuze';
  if (text === '') errors.to = current.kind === 'date' ? 'Vul de juiste datum in.' : current.kind === 'text' ? 'Vul in wat er had moeten staan.' : 'Kies wat het had moeten zijn.';
  else if (text === current.value.trim()) errors.to = `De nieuwe ${what} is gelijk aan de huidige. Er is niets gecorrigeerd.`;
  else if (text.length > 4000) errors.to = 'De tekst is te lang (hoogstens 4000 tekens).';
  else if (current.options && !current.options.some((o) => o.value === text)) errors.to = 'Kies wat het had moeten zijn.';
  if (why === '') errors.reason = 'Schrijf op waarom dit wordt gecorrigeerd: de correctie blijft in het verslag staan.';
  else if (why.length > 1000) errors.reason = 'De reden is te lang (hoogstens 1000 tekens).';
  const correction: Correction = {
    at: at.toISOString(),
    ...(by ? { by } : {}),
    stepId: held.stepId,
    round: held.round,
    ...(held.pupilId ? { pupilId: held.pupilId } : {}),
    recordedAt: held.recordedAt,
    field,
    from: current.value,
    to: text,
    ...(current.kind === 'choice' ? { kind: current.options === YES_NO ? ('yesNo' as const) : current.options === FACES ? ('faceScale' as const) : ('decision' as const) } : {}),
    reason: why,
  };
  const next: Zaak = { ...zaak, corrections: [...(zaak.corrections ?? []), correction], updatedAt: at.toISOString(), rev: zaak.rev + 1 };
  // What followed a decision was held because of it: that decision stands, the zaak goes on from there.
  if (field === 'decision' && !errors.to && zaak.conversations.some((o) => o.recordedAt > held.recordedAt))
    errors.to = 'Na dit besluit is al een gesprek gehouden; dat volgde op dit besluit. Het besluit blijft staan; leg in het volgende gesprek vast wat er nu geldt.';
  if (field === 'heldOn' && !errors.to) {
    const self = (z: Zaak) => z.conversations.find((c) => sameConversation(c, held))!;
    const corrected = asCorrected(next);
    const own = heldOnProblem(corrected, self(corrected), isoDay(at));
    // Nor after a conversation that follows it: what was in order before the correction stays in order.
    const before = asCorrected(zaak);
    const later = corrected.conversations.find((o, i) => o !== self(corrected) && heldOnProblem(corrected, o, '9999-12-31') && !heldOnProblem(before, before.conversations[i]!, '9999-12-31'));
    if (own) errors.to = own;
    else if (later) errors.to = `${stepById(protocol, later.stepId).label} (gehouden op ${formatDay(later.heldOn)}) volgt op dit gesprek; dit gesprek kan niet later zijn gehouden.`;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, zaak: next };
}

/** How a correction reads in a record: what it was, what it became; a day as a day, a choice in words. */
export function correctionText(k: Correction): { was: string; now: string } {
  if (k.field === 'heldOn') return { was: formatDay(k.from), now: formatDay(k.to) };
  const choice = k.kind === 'yesNo' ? YES_NO : k.kind === 'faceScale' ? FACES : k.kind === 'decision' ? DECISIONS : null;
  const words = (v: string) => choice?.find((o) => o.value === v)?.label ?? v;
  return { was: words(k.from), now: words(k.to) };
}

/** What a correction changed, in the record's words: the question, "Gehouden op", an action. */
export function correctionLabel(protocol: ProtocolDefinition, k: Correction, pupilName: (id: string) => string): string {
  if (k.field === 'heldOn') return 'Gehouden op';
  if (k.field === 'followUp') return 'Passend vervolg';
  if (k.field === 'attendeesNote') return 'Toelichting bij de aanwezigen';
  if (k.field === 'decision') return 'Besluit';
  if (k.field.startsWith('action:')) return `Actiepunt van ${pupilName(k.field.slice(7))}`;
  const id = k.field.slice(7);
  return stepById(protocol, k.stepId).prompts.find((p) => p.id === id)?.text ?? id;
}

/** Corrects the note a zaak was closed with: added beside the closing, which stays as recorded. */
export function correctClosingNote(zaak: Zaak, to: string, reason: string, at: Date, by?: string): ZaakResult {
  const current = asCorrected(zaak).closing?.note ?? '';
  if (!zaak.closing) return fail('Deze zaak is niet gesloten.', 'field');
  const text = to.normalize('NFC').trim();
  const why = reason.trim();
  const errors: Record<string, string> = {};
  if (text === current.trim()) errors.to = 'De nieuwe tekst is gelijk aan de huidige. Er is niets gecorrigeerd.';
  else if (text.length > 2000) errors.to = 'De tekst is te lang (hoogstens 2000 tekens).';
  if (why === '') errors.reason = 'Schrijf op waarom dit wordt gecorrigeerd: de correctie blijft in het verslag staan.';
  else if (why.length > 1000) errors.reason = 'De reden is te lang (hoogstens 1000 tekens).';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const correction = { at: at.toISOString(), ...(by ? { by } : {}), from: current, to: text, reason: why };
  return { ok: true, zaak: { ...zaak, closingCorrections: [...(zaak.closingCorrections ?? []), correction], updatedAt: at.toISOString(), rev: zaak.rev + 1 } };
}
