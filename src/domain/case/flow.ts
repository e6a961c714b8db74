import { addDays } from '../dates';
import { ONE_WEEK_DAYS } from '../protocol/steps';
import { extraConversations, nextExtraRound } from './extra-stap';
import type { ClosingReason, Conversation, ConversationStepId, Zaak } from './zaak';
import { asCorrected } from './corrected';

/**
 * The order of the protocol as a state machine over a zaak's conversations: which conversation may be
 * held now, when it falls due, and when the zaak is ready to close. Pure functions, no clock.
 */

export interface NextConversation {
  stepId: ConversationStepId;
  round: number;
  /** The day it falls due (one week after the conversation it follows), or none when it may start at once. */
  dueOn?: string;
  /** Extra stap: the child it is about; absent there, the lead chooses the child first. */
  pupilId?: string;
}

const held = (zaak: Zaak, stepId: ConversationStepId, round: number): Conversation | undefined =>
  zaak.conversations.find((c) => c.stepId === stepId && c.round === round);

const lastReopeningAt = (zaak: Zaak): string | undefined => zaak.reopenings.at(-1)?.at;

/** The protocol's order, with each planned day as the school last moved it. */
export function nextConversations(zaak: Zaak): NextConversation[] {
  // Planned from the days as they stand now (a corrected day moves what follows it).
  return protocolOrder(asCorrected(zaak)).map((n) => {
    const moved = (zaak.reschedules ?? []).filter((r) => r.stepId === n.stepId && r.round === n.round && r.pupilId === n.pupilId).at(-1);
    return moved && n.dueOn ? { ...n, dueOn: moved.to } : n;
  });
}

function protocolOrder(zaak: Zaak): NextConversation[] {
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
    return goesOn ? extraConversations(zaak, reopened) : [];
  }
  return [];
}

/** Whether the extra stap is under way: stap 4 chose it, or the zaak was reopened after stap 4. */
export function inExtraStap(zaak: Zaak): boolean {
  return zaak.conversations.some((c) => c.stepId === 'extra') || nextConversations(zaak).some((n) => n.stepId === 'extra');
}

/**
 * Whether this conversation may be held now. An extra-stap conversation is about one child: the one
 * offered for that child, or the first for a support-group member who has none yet while the extra
 * stap is under way ("de kinderen die blijven pesten" may be more than one).
 */
export function mayHold(zaak: Zaak, stepId: ConversationStepId, round: number, pupilId?: string): boolean {
  const next = nextConversations(zaak);
  if (stepId !== 'extra') return next.some((n) => n.stepId === stepId && n.round === round);
  if (!pupilId || !zaak.members.some((m) => m.pupilId === pupilId)) return false;
  if (next.some((n) => n.stepId === 'extra' && n.pupilId === pupilId && n.round === round)) return true;
  if (next.some((n) => n.stepId === 'extra' && n.pupilId === pupilId)) return false;
  const started = nextExtraRound(zaak, pupilId) > 1;
  const chooseOffered = next.some((n) => n.stepId === 'extra' && n.pupilId === undefined);
  return zaak.status === 'open' && inExtraStap(zaak) && round === nextExtraRound(zaak, pupilId) && round % 2 === 1 && (!started || chooseOffered);
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
  const asked = asCorrected(zaak).conversations
    .filter((c) => typeof c.answers.gevoel === 'number')
    .sort((a, b) => a.heldOn.localeCompare(b.heldOn) || a.recordedAt.localeCompare(b.recordedAt));
  // Two children's extra-stap evaluations held the same day are one talk with the bullied child:
  // one feeling that day, the one recorded last.
  const kept = asked.filter((c, i) => c.stepId !== 'extra' || !asked.slice(i + 1).some((later) => later.stepId === 'extra' && later.heldOn === c.heldOn));
  return kept.map((c) => ({ heldOn: c.heldOn, feeling: c.answers.gevoel as number, stepId: c.stepId, round: c.round }));
}
