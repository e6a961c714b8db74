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
  /** Stap 1: why it is not yet known who bullies (only when no child has the role Pester). */
  bulliesUnknown?: string;
  actions: Action[];
  decision?: Decision;
  attendees: NonNullable<Conversation['attendees']>;
  attendeesNote?: string;
  referralProviderId?: string;
  nextSteps: NonNullable<Conversation['nextSteps']>;
  /** The lead chose to hold a planned conversation before its day: asked once, then kept. */
  earlyConfirmed?: boolean;
}

export const conversationDraftId = (zaakId: string, stepId: ConversationStepId, round: number, pupilId?: string) =>
  `gesprek:${zaakId}:${stepId}:${round}${pupilId ? `:${pupilId}` : ''}`;

export function initialDraft(zaak: Zaak, stepId: ConversationStepId, today: string, round = 1): ConversationDraft {
  const base: ConversationDraft = { heldOn: today, answers: {}, checklist: {}, followUp: '', members: [], actions: [], attendees: [], nextSteps: [] };
  if (stepId === 'stap1') return { ...base, outcome: 'pesten' };
  if (stepId === 'stap2') return { ...base, actions: zaak.members.map((m) => ({ pupilId: m.pupilId, text: '' })) };
  if (stepId === 'stap4') return { ...base, actions: actionsOf(zaak).map((a) => ({ pupilId: a.pupilId, text: a.text, effect: '' })) };
  // Another child's extra-stap evaluation today was the same talk with the bullied child: one feeling.
  const sameTalk = zaak.conversations.find((c) => c.stepId === 'extra' && c.round % 2 === 0 && c.heldOn === today && typeof c.answers.gevoel === 'number');
  if (stepId === 'extra' && round % 2 === 0 && sameTalk) return { ...base, answers: { gevoel: sameTalk.answers.gevoel! } };
  return base;
}

/** The extra stap's evaluation keeps a consequence only after broken agreements, and care only when chosen. */
function extraAnswers(draft: ConversationDraft): Record<string, Answer> {
  const { consequentie, zorgtraject, ...rest } = draft.answers;
  if (draft.answers['afspraken-nagekomen'] !== false) return rest;
  return {
    ...rest,
    ...(consequentie !== undefined ? { consequentie } : {}),
    ...(zorgtraject !== undefined && draft.nextSteps.includes('zorgtraject') ? { zorgtraject } : {}),
  };
}

/** "Nog niet bekend wie pest", when ticked (the domain drops it beside a group that names who bullies). */
function bulliesUnknown(draft: ConversationDraft): { bulliesUnknown?: string } {
  return draft.bulliesUnknown !== undefined ? { bulliesUnknown: draft.bulliesUnknown.trim() } : {};
}

/** The finished conversation as the domain checks it: only what this step records. */
export function toConversation(
  draft: ConversationDraft,
  stepId: ConversationStepId,
  round: number,
  recordedBy: string | null,
  now: Date,
  pupilId?: string,
): Conversation {
  const brokenAgreements = stepId === 'extra' && draft.answers['afspraken-nagekomen'] === false;
  const actions = draft.actions.map((a) => ({ ...a, text: a.text.trim() })).filter((a) => stepId !== 'stap2' || a.text);
  return {
    stepId,
    round,
    heldOn: draft.heldOn,
    recordedAt: now.toISOString(),
    ...(recordedBy ? { recordedBy } : {}),
    answers: stepId === 'extra' ? extraAnswers(draft) : draft.answers,
    checklist: draft.checklist,
    ...(stepId === 'stap1' ? { outcome: draft.outcome, followUp: draft.followUp, members: draft.members, ...bulliesUnknown(draft) } : {}),
    ...(stepId === 'stap2' || stepId === 'stap4' ? { actions } : {}),
    ...(stepId === 'stap4' && draft.decision ? { decision: draft.decision } : {}),
    ...(stepId === 'extra'
      ? {
          ...(pupilId ? { pupilId } : {}),
          attendees: draft.attendees,
          ...(draft.attendeesNote?.trim() ? { attendeesNote: draft.attendeesNote.trim() } : {}),
          // What follows broken agreements, and a referral with a care trajectory, only when they apply.
          ...(brokenAgreements ? { nextSteps: draft.nextSteps ?? [] } : {}),
          ...(brokenAgreements && draft.nextSteps?.includes('zorgtraject') && draft.referralProviderId ? { referralProviderId: draft.referralProviderId } : {}),
        }
      : {}),
  };
}
