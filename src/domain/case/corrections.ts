import { formatDay } from '../dates';
import type { ProtocolDefinition } from '../protocol';
import { stepById } from '../protocol';
import { definitionRound } from './conversation-rules';
import { heldOnProblem } from './held-on';
import { isoDay } from '../dates';
import type { Conversation, Correction, Zaak } from './zaak';
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
  /** The text as it stands now (corrected or as held). */
  value: string;
  kind: 'date' | 'text';
}

/** What of a held conversation can be corrected: its day, and what was written in words (not a choice, a tick or a face). */
export function correctableFields(protocol: ProtocolDefinition, zaak: Zaak, held: Conversation, pupilName: (id: string) => string): CorrectableField[] {
  const c = correctedConversation(zaak, held);
  const step = stepById(protocol, c.stepId);
  const round = definitionRound(c.stepId, c.round);
  const fields: CorrectableField[] = [{ field: 'heldOn', label: 'Gehouden op', value: c.heldOn, kind: 'date' }];
  for (const prompt of step.prompts.filter((p) => (p.round ?? 1) === round))
    if (typeof c.answers[prompt.id] === 'string' && c.answers[prompt.id] !== '') fields.push({ field: `answer:${prompt.id}`, label: prompt.text, value: c.answers[prompt.id] as string, kind: 'text' });
  if (c.followUp) fields.push({ field: 'followUp', label: 'Passend vervolg', value: c.followUp, kind: 'text' });
  for (const a of c.actions ?? []) if (a.text) fields.push({ field: `action:${a.pupilId}`, label: `Actiepunt van ${pupilName(a.pupilId)}`, value: a.text, kind: 'text' });
  if (c.attendeesNote) fields.push({ field: 'attendeesNote', label: 'Toelichting bij de aanwezigen', value: c.attendeesNote, kind: 'text' });
  return fields;
}


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
  // Every field's problem at once: a teacher fixes both in one go.
  const errors: Record<string, string> = {};
  if (text === current.value.trim()) errors.to = 'De nieuwe tekst is gelijk aan de huidige. Er is niets gecorrigeerd.';
  else if (current.kind === 'text' && text === '') errors.to = 'Vul in wat er had moeten staan.';
  else if (text.length > 4000) errors.to = 'De tekst is te lang (hoogstens 4000 tekens).';
  if (why === '') errors.reason = 'Schrijf op waarom dit wordt gecorrigeerd: de correctie blijft in het verslag staan.';
  else if (why.length > 1000) errors.reason = 'De reden is te lang (hoogstens 1000 tekens).';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
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
    reason: why,
  };
  const next: Zaak = { ...zaak, corrections: [...(zaak.corrections ?? []), correction], updatedAt: at.toISOString(), rev: zaak.rev + 1 };
  if (field === 'heldOn') {
    const self = (z: Zaak) => z.conversations.find((c) => sameConversation(c, held))!;
    const corrected = asCorrected(next);
    const own = heldOnProblem(corrected, self(corrected), isoDay(at));
    if (own) return fail(own, 'to');
    // Nor after a conversation that follows it: what was in order before the correction stays in order.
    const before = asCorrected(zaak);
    const later = corrected.conversations.find((o, i) => o !== self(corrected) && heldOnProblem(corrected, o, '9999-12-31') && !heldOnProblem(before, before.conversations[i]!, '9999-12-31'));
    if (later) return fail(`Het gesprek van ${formatDay(later.heldOn)} volgt op dit gesprek; dit gesprek kan niet later zijn gehouden.`, 'to');
  }
  return { ok: true, zaak: next };
}

/** How a correction reads in a record: what it was, what it became, why; a day as a day. */
export function correctionText(k: Correction): { was: string; now: string } {
  return k.field === 'heldOn' ? { was: formatDay(k.from), now: formatDay(k.to) } : { was: k.from, now: k.to };
}

/** What a correction changed, in the record's words: the question, "Gehouden op", an action. */
export function correctionLabel(protocol: ProtocolDefinition, k: Correction, pupilName: (id: string) => string): string {
  if (k.field === 'heldOn') return 'Gehouden op';
  if (k.field === 'followUp') return 'Passend vervolg';
  if (k.field === 'attendeesNote') return 'Toelichting bij de aanwezigen';
  if (k.field.startsWith('action:')) return `Actiepunt van ${pupilName(k.field.slice(7))}`;
  const id = k.field.slice(7);
  return stepById(protocol, k.stepId).prompts.find((p) => p.id === id)?.text ?? id;
}
