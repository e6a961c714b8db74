import { decisions, type Conversation, type Correction, type Zaak } from './zaak';

/**
 * A zaak as it reads now: each held conversation with its corrections applied (corrections.ts). The
 * zaak as held is what is stored and saved; the timeline, the dossier, the agenda, the Esis notes and
 * the parents' copy read this.
 */

type ConversationRef = Pick<Conversation, 'stepId' | 'round' | 'pupilId' | 'recordedAt'>;

export const sameConversation = (a: ConversationRef, b: ConversationRef) => a.stepId === b.stepId && a.round === b.round && (a.pupilId ?? '') === (b.pupilId ?? '') && a.recordedAt === b.recordedAt;

/** The corrections of one held conversation, oldest first. */
export function correctionsOf(zaak: Pick<Zaak, 'corrections'>, c: ConversationRef): Correction[] {
  return (zaak.corrections ?? []).filter((k) => sameConversation(k, c)).sort((a, b) => a.at.localeCompare(b.at));
}

/** A conversation as it reads now: every correction applied in order, on a copy (the held one stays). */
export function correctedConversation(zaak: Pick<Zaak, 'corrections'>, c: Conversation): Conversation {
  const list = correctionsOf(zaak, c);
  if (list.length === 0) return c;
  const out: Conversation = { ...c, answers: { ...c.answers }, ...(c.actions ? { actions: c.actions.map((a) => ({ ...a })) } : {}) };
  for (const k of list) {
    if (k.field === 'heldOn') out.heldOn = k.to;
    else if (k.field === 'followUp') out.followUp = k.to;
    else if (k.field === 'attendeesNote') out.attendeesNote = k.to;
    else if (k.field === 'decision' && decisions.some((d) => d.id === k.to)) out.decision = k.to as Conversation['decision'];
    else if (k.field.startsWith('answer:')) out.answers[k.field.slice(7)] = k.kind === 'yesNo' ? k.to === 'true' : k.kind === 'faceScale' ? Number(k.to) : k.to;
    else if (k.field.startsWith('action:')) for (const a of out.actions ?? []) if (a.pupilId === k.field.slice(7)) a.text = k.to;
  }
  return out;
}

const cache = new WeakMap<Zaak, Zaak>();

/** The zaak as it reads now: its conversations corrected. Readers use it; what is saved stays the zaak as held. */
export function asCorrected(zaak: Zaak): Zaak {
  if (!zaak.corrections?.length && !zaak.closingCorrections?.length) return zaak;
  const known = cache.get(zaak);
  if (known) return known;
  const note = [...(zaak.closingCorrections ?? [])].sort((a, b) => a.at.localeCompare(b.at)).at(-1)?.to;
  const corrected = {
    ...zaak,
    conversations: zaak.conversations.map((c) => correctedConversation(zaak, c)),
    ...(zaak.closing && note !== undefined ? { closing: { ...zaak.closing, note } } : {}),
  };
  cache.set(zaak, corrected);
  return corrected;
}

