import { formatDay, isoDay } from '../dates';
import type { Conversation, Zaak } from './zaak';
import { asCorrected } from './corrected';

/**
 * "Gehouden op": a conversation is recorded after it was held, so its day is never after today, and
 * the protocol's order holds in time too: never before the zaak was opened (stap 1 follows the
 * triage), never before the conversation it follows. Checked however the day was entered (typed past
 * the date picker's limit, or from a draft made on another day).
 */

/** Where a conversation stands in the protocol's order: a higher stage follows every lower one. */
function stage(c: Pick<Conversation, 'stepId' | 'round'>): number {
  switch (c.stepId) {
    case 'stap1':
      return 1;
    case 'stap2':
      return 2;
    // Stap 3 and 4 of one evaluation are held in the same week, in either order.
    case 'stap3':
    case 'stap4':
      return 2 + c.round;
    case 'extra':
      return 10 + c.round;
  }
}

/** The conversations this one follows: every earlier stage (the extra stap only the same child's). */
function followed(zaak: Zaak, c: Conversation): Conversation[] {
  return zaak.conversations.filter((other) => stage(other) < stage(c) && (other.stepId !== 'extra' || other.pupilId === c.pupilId));
}

/** Why this conversation's day cannot be right, in the teacher's words; null when it can. */
export function heldOnProblem(zaak: Zaak, c: Conversation, today: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(c.heldOn)) return 'Vul de datum in waarop het gesprek is gehouden.';
  if (c.heldOn > today) return `Een gesprek wordt vastgelegd nadat het is gehouden: ${formatDay(c.heldOn)} ligt in de toekomst.`;
  const opened = isoDay(new Date(zaak.openedAt));
  if (c.heldOn < opened) return `De zaak is geopend op ${formatDay(opened)}; een gesprek in deze zaak kan niet eerder zijn gehouden.`;
  // The days as they stand now: a corrected day counts, not the one first typed.
  const latest = followed(asCorrected(zaak), c).reduce<Conversation | null>((last, o) => (!last || o.heldOn > last.heldOn ? o : last), null);
  if (latest && c.heldOn < latest.heldOn)
    return `Dit gesprek volgt op het gesprek van ${formatDay(latest.heldOn)}; het kan niet eerder zijn gehouden.`;
  return null;
}

/**
 * Every day in a zaak that cannot be right, however it came (a file, another tablet with its clock
 * wrong, a record from before this check): each conversation as it reads now, with why.
 */
export function zaakDateProblems(zaak: Zaak, today: string): { conversation: Conversation; problem: string }[] {
  const now = asCorrected(zaak);
  return now.conversations.flatMap((c) => {
    const problem = heldOnProblem(now, c, today);
    return problem ? [{ conversation: c, problem }] : [];
  });
}
