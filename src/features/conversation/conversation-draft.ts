import type { Action, Answer, Conversation, ConversationStepId, Decision, Member, Zaak } from '../../domain/case/zaak';
import { actionsOf } from '../../domain/case/flow';

/** What a conversation screen holds while it is being held: autosaved as a draft until finished. */
export interface ConversationDraft extends Record<string, unknown> {
  heldOn: string;
  answers: Record<string, Answer>;
  checklist: Record<string, boolean>;
  outcome?: 'pesten' | 'incident';
  followUp: string;
  members: Member[];
  actions: Action[];
  decision?: Decision;
  attendees: NonNullable<Conversation['attendees']>;
  referralProviderId?: string;
}

export const conversationDraftId = (zaakId: string, stepId: ConversationStepId, round: number) => `gesprek:${zaakId}:${stepId}:${round}`;

export function initialDraft(zaak: Zaak, stepId: ConversationStepId, today: string): ConversationDraft {
  const base: ConversationDraft = { heldOn: today, answers: {}, checklist: {}, followUp: '', members: [], actions: [], attendees: [] };
  if (stepId === 'stap1') return { ...base, outcome: 'pesten' };
  if (stepId === 'stap2') return { ...base, actions: zaak.members.map((m) => ({ pupilId: m.pupilId, text: '' })) };
  if (stepId === 'stap4') return { ...base, actions: actionsOf(zaak).map((a) => ({ pupilId: a.pupilId, text: a.text, effect: '' })) };
  return base;
}

/** The finished conversation as the domain checks it: only what this step records. */
export function toConversation(
  draft: ConversationDraft,
  stepId: ConversationStepId,
  round: number,
  recordedBy: string | null,
  now: Date,
): Conversation {
  const actions = draft.actions.map((a) => ({ ...a, text: a.text.trim() })).filter((a) => stepId !== 'stap2' || a.text);
  return {
    stepId,
    round,
    heldOn: draft.heldOn,
    recordedAt: now.toISOString(),
    ...(recordedBy ? { recordedBy } : {}),
    answers: draft.answers,
    checklist: draft.checklist,
    ...(stepId === 'stap1' ? { outcome: draft.outcome, followUp: draft.followUp, members: draft.members } : {}),
    ...(stepId === 'stap2' || stepId === 'stap4' ? { actions } : {}),
    ...(stepId === 'stap4' && draft.decision ? { decision: draft.decision } : {}),
    ...(stepId === 'extra' ? { attendees: draft.attendees, ...(draft.referralProviderId ? { referralProviderId: draft.referralProviderId } : {}) } : {}),
  };
}
