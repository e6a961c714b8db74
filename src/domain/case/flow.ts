import { addDays } from '../dates';
import { ONE_WEEK_DAYS } from '../protocol/steps';
import type { ClosingReason, Conversation, ConversationStepId, Zaak } from './zaak';

/**
 * The order of the protocol as a state machine over a zaak's conversations: which conversation may be
 * held now, when it falls due, and when the zaak is ready to close. Pure functions, no clock.
 */

export interface NextConversation {
  stepId: ConversationStepId;
  round: number;
  /** The day it falls due (one week after the conversation it follows), or none when it may start at once. */
  dueOn?: string;
}

const held = (zaak: Zaak, stepId: ConversationStepId, round: number): Conversation | undefined =>
  zaak.conversations.find((c) => c.stepId === stepId && c.round === round);

const lastReopeningAt = (zaak: Zaak): string | undefined => zaak.reopenings.at(-1)?.at;

/** The extra stap runs in pairs: a confronting conversation (odd round), then an evaluation a week later. */
function extraConversations(zaak: Zaak): NextConversation[] {
  const rounds = zaak.conversations.filter((c) => c.stepId === 'extra').map((c) => c.round);
  const last = rounds.length ? Math.max(...rounds) : 0;
  if (last % 2 === 1) return [{ stepId: 'extra', round: last + 1, dueOn: addDays(held(zaak, 'extra', last)!.heldOn, ONE_WEEK_DAYS) }];
  if (last === 0) return [{ stepId: 'extra', round: 1 }];
  // Another pair only when the zaak was reopened after the last evaluation: the bullying went on.
  const reopened = lastReopeningAt(zaak);
  return reopened && reopened > held(zaak, 'extra', last)!.recordedAt ? [{ stepId: 'extra', round: last + 1 }] : [];
}

export function nextConversations(zaak: Zaak): NextConversation[] {
  if (zaak.status === 'gesloten') return [];
  const stap1 = held(zaak, 'stap1', 1);
  if (!stap1) return [{ stepId: 'stap1', round: 1 }];
  if (stap1.outcome === 'incident') return [];
  const stap2 = held(zaak, 'stap2', 1);
  if (!stap2) return [{ stepId: 'stap2', round: 1 }];

  let previous = stap2;
  for (const round of [1, 2]) {
    const dueOn = addDays(previous.heldOn, ONE_WEEK_DAYS);
    const stap3 = held(zaak, 'stap3', round);
    const stap4 = held(zaak, 'stap4', round);
    const open: NextConversation[] = [];
    if (!stap3) open.push({ stepId: 'stap3', round, dueOn });
    if (!stap4) open.push({ stepId: 'stap4', round, dueOn });
    if (open.length) return open;
    if (stap4!.decision === 'tweede-evaluatie' && round === 1) {
      previous = stap4!;
      continue;
    }
    const reopened = lastReopeningAt(zaak);
    const goesOn = stap4!.decision === 'extra-stap' || (reopened !== undefined && reopened > stap4!.recordedAt);
    return goesOn ? extraConversations(zaak) : [];
  }
  return [];
}

export function mayHold(zaak: Zaak, stepId: ConversationStepId, round: number): boolean {
  return nextConversations(zaak).some((n) => n.stepId === stepId && n.round === round);
}

/** How the zaak ended, as the flow shows it; null while conversations are still to come. */
export function closingReasonFor(zaak: Zaak): Exclude<ClosingReason, 'anders'> | null {
  if (zaak.status === 'gesloten' || nextConversations(zaak).length > 0) return null;
  if (held(zaak, 'stap1', 1)?.outcome === 'incident') return 'geen-pesten';
  if (zaak.conversations.some((c) => c.stepId === 'extra')) return 'na-extra-stap';
  return held(zaak, 'stap4', 2) ? 'opgeheven-na-tweede-evaluatie' : 'opgeheven';
}

/** The support group's proposed actions, as minuted in stap 2. */
export function actionsOf(zaak: Zaak): NonNullable<Conversation['actions']> {
  return held(zaak, 'stap2', 1)?.actions ?? [];
}

/** The face-scale answers over the zaak's life: stap 1, every stap 3, and the extra stap's evaluations. */
export function feelings(zaak: Zaak): { heldOn: string; feeling: number; stepId: ConversationStepId; round: number }[] {
  return zaak.conversations
    .filter((c) => typeof c.answers.gevoel === 'number')
    .map((c) => ({ heldOn: c.heldOn, feeling: c.answers.gevoel as number, stepId: c.stepId, round: c.round }))
    .sort((a, b) => a.heldOn.localeCompare(b.heldOn));
}
