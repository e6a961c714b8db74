import type { ProtocolDefinition } from '../protocol';
import { stepById } from '../protocol';
import { definitionRound } from './conversation-rules';
import type { Conversation, Zaak } from './zaak';

/**
 * Tasks a conversation left "nog te doen" ("Ouders erbij betrokken", "extra surveillant geregeld"):
 * the record never holds a tick that was not true, and an open task stays on the lead's agenda
 * until someone marks it done, with the day it was done kept for the dossier.
 */

export interface ZaakTask {
  key: string;
  zaakId: string;
  /** How it reads done ("Ouders erbij betrokken"). */
  text: string;
  /** How it reads while still to do ("Ouders erbij betrekken"). */
  todo: string;
  stepId: Conversation['stepId'];
  round: number;
  pupilId?: string | undefined;
  /** When the conversation that raised it was recorded. */
  raisedAt: string;
  /** Done in the conversation itself, or later; absent while still to do. */
  done?: { at: string; by?: string | undefined; during: boolean } | undefined;
}

export const taskKey = (c: Pick<Conversation, 'stepId' | 'round' | 'pupilId'>, itemId: string) =>
  [c.stepId, c.round, c.pupilId ?? '', itemId].join(':');

/** Every task the zaak's conversations answered, done or still to do. */
export function zaakTasks(protocol: ProtocolDefinition, zaak: Zaak): ZaakTask[] {
  return zaak.conversations.flatMap((c) => [...checklistTasks(protocol, zaak, c), ...bulliesTask(zaak, c)]);
}

/** Stap 1 held without knowing who bullies: finding out stays on the lead's agenda until marked done. */
function bulliesTask(zaak: Zaak, c: Conversation): ZaakTask[] {
  if (c.stepId !== 'stap1' || !c.bulliesUnknown) return [];
  const key = taskKey(c, 'wie-pest');
  const later = zaak.tasksDone?.[key];
  return [
    {
      key,
      zaakId: zaak.id,
      text: 'Bekend wie pest',
      todo: `Uitzoeken wie pest (bij stap 1 nog niet bekend: ${c.bulliesUnknown})`,
      stepId: c.stepId,
      round: c.round,
      raisedAt: c.recordedAt,
      done: later ? { ...later, during: false } : undefined,
    },
  ];
}

function checklistTasks(protocol: ProtocolDefinition, zaak: Zaak, c: Conversation): ZaakTask[] {
  return (
    stepById(protocol, c.stepId)
      .checklist.filter((item) => item.mayStayOpen && (item.round ?? 1) === definitionRound(c.stepId, c.round) && c.checklist[item.id] !== undefined)
      .map((item) => {
        const key = taskKey(c, item.id);
        const later = zaak.tasksDone?.[key];
        const done = c.checklist[item.id] ? { at: c.recordedAt, by: c.recordedBy, during: true } : later ? { ...later, during: false } : undefined;
        return { key, zaakId: zaak.id, text: item.text, todo: item.todo ?? item.text, stepId: c.stepId, round: c.round, pupilId: c.pupilId, raisedAt: c.recordedAt, done };
      })
  );
}

export function openTasks(protocol: ProtocolDefinition, zaak: Zaak): ZaakTask[] {
  return zaakTasks(protocol, zaak).filter((t) => !t.done);
}

export type TaskResult = { ok: true; zaak: Zaak } | { ok: false; errors: Record<string, string> };

/** Marks an open task done; a task done already, or one the zaak does not have, changes nothing. */
export function markTaskDone(protocol: ProtocolDefinition, zaak: Zaak, key: string, at: Date, by?: string): TaskResult {
  const task = zaakTasks(protocol, zaak).find((t) => t.key === key);
  if (!task) return { ok: false, errors: { _: 'Deze taak hoort niet bij deze zaak.' } };
  if (task.done) return { ok: false, errors: { _: 'Deze taak is al gedaan.' } };
  const tasksDone = { ...(zaak.tasksDone ?? {}), [key]: { at: at.toISOString(), ...(by ? { by } : {}) } };
  return { ok: true, zaak: { ...zaak, tasksDone, updatedAt: at.toISOString(), rev: zaak.rev + 1 } };
}
