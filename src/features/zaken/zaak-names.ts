import type { SchoolData } from '../../data/school-data';
import { definitionRound } from '../../domain/case/conversation-rules';
import type { ConversationStepId } from '../../domain/case/zaak';
import { jpsProtocol, stepById } from '../../domain/protocol';
import { UNKNOWN_PUPIL, pupilName } from '../../domain/pupils';
import type { KnownRoute } from '../../ui/routes';

/** Names as screens show them: a pupil with their group, a staff member, a conversation. */

export function pupilWithGroup(data: SchoolData, pupilId: string): string {
  const pupil = data.pupils.find((p) => p.id === pupilId);
  if (!pupil) return UNKNOWN_PUPIL;
  const group = data.groups.find((g) => g.id === pupil.groupId)?.name;
  // A pupil who left stays in their cases, and the reader should see at once that they left.
  const where = [group, pupil.leftOn && 'vertrokken'].filter(Boolean).join(', ');
  return where ? `${pupilName(pupil)} (${where})` : pupilName(pupil);
}

export function staffName(data: SchoolData, staffId: string | undefined): string | undefined {
  return data.staff.find((s) => s.id === staffId)?.name;
}

/** Where a conversation is held; an extra-stap conversation is about one child, so it needs the child. */
export function conversationRoute(zaakId: string, c: { stepId: ConversationStepId; round: number; pupilId?: string | undefined }): KnownRoute | null {
  if (c.stepId !== 'extra') return { name: 'gesprek', id: zaakId, stepId: c.stepId, round: c.round };
  return c.pupilId ? { name: 'extra-gesprek', id: zaakId, pupilId: c.pupilId, round: c.round } : null;
}

export function conversationTitle(stepId: ConversationStepId, round: number): string {
  const step = stepById(jpsProtocol, stepId);
  const roundTitle = step.rounds?.[definitionRound(stepId, round) - 1];
  if (roundTitle) return `${step.label}: ${roundTitle}`;
  return `${step.label}: ${step.title}${round > 1 ? ' (tweede evaluatie)' : ''}`;
}
