import { addDays } from '../dates';
import { ONE_WEEK_DAYS } from '../protocol/steps';
import { extraNextSteps, type Conversation, type ExtraNextStep, type Zaak } from './zaak';

/**
 * "Indien nodig: extra stap", per child who keeps bullying. Each child has their own pair of
 * conversations: a confronting conversation with the child and their parents (odd rounds), then a
 * week later an evaluation with the bullied child (even rounds). When agreements were broken the
 * evaluation names what follows: the consequence, and where needed an individual care trajectory,
 * the school's suspension and removal procedure, or another confronting conversation.
 */

export interface ExtraNext {
  stepId: 'extra';
  round: number;
  dueOn?: string;
  /** The child the conversation is about; absent: the lead first chooses which child. */
  pupilId?: string;
}

const byChild = (zaak: Zaak, pupilId: string | undefined): Conversation[] =>
  zaak.conversations.filter((c) => c.stepId === 'extra' && c.pupilId === pupilId).sort((a, b) => a.round - b.round);

/** The children in the extra stap, in the order their extra stap began. */
export function childrenInExtraStap(zaak: Zaak): (string | undefined)[] {
  return [...new Set(zaak.conversations.filter((c) => c.stepId === 'extra').map((c) => c.pupilId))];
}

/** The round this child's next extra conversation would have. */
export function nextExtraRound(zaak: Zaak, pupilId: string): number {
  return (byChild(zaak, pupilId).at(-1)?.round ?? 0) + 1;
}

/** What is still to be held per child; or "choose a child" when the extra stap has yet to begin. */
export function extraConversations(zaak: Zaak, bullyingWentOnSince: string | undefined): ExtraNext[] {
  const children = childrenInExtraStap(zaak);
  const pending: ExtraNext[] = [];
  for (const pupilId of children) {
    const last = byChild(zaak, pupilId).at(-1)!;
    const child = pupilId === undefined ? {} : { pupilId };
    if (last.round % 2 === 1) pending.push({ stepId: 'extra', round: last.round + 1, dueOn: addDays(last.heldOn, ONE_WEEK_DAYS), ...child });
    else if (last.nextSteps?.includes('nieuw-gesprek')) pending.push({ stepId: 'extra', round: last.round + 1, ...child });
  }
  if (pending.length) return pending;
  // No child yet, or the zaak was reopened after every child's last evaluation: the bullying went on.
  const lastEvaluation = zaak.conversations.filter((c) => c.stepId === 'extra').map((c) => c.recordedAt).sort().at(-1);
  if (children.length === 0 || (bullyingWentOnSince && lastEvaluation && bullyingWentOnSince > lastEvaluation)) return [{ stepId: 'extra', round: 1 }];
  return [];
}

/** How the extra stap ended for each child, for the zaak's closing and the dossier. */
export interface ExtraEnding {
  pupilId: string | undefined;
  agreementsKept: boolean;
  consequence?: string;
  nextSteps: ExtraNextStep[];
  referralProviderId?: string;
}

export function extraEndings(zaak: Zaak): ExtraEnding[] {
  return childrenInExtraStap(zaak).flatMap((pupilId) => {
    const evaluation = byChild(zaak, pupilId).filter((c) => c.round % 2 === 0).at(-1);
    if (!evaluation) return [];
    const kept = evaluation.answers['afspraken-nagekomen'] === true;
    const consequence = evaluation.answers.consequentie;
    return [
      {
        pupilId,
        agreementsKept: kept,
        ...(typeof consequence === 'string' && consequence.trim() ? { consequence } : {}),
        nextSteps: kept ? [] : (evaluation.nextSteps ?? []),
        ...(evaluation.referralProviderId ? { referralProviderId: evaluation.referralProviderId } : {}),
      },
    ];
  });
}

/** One line per child, as the closing and the dossier say it. */
export function endingText(ending: ExtraEnding): string {
  if (ending.agreementsKept) return 'afspraken nagekomen';
  const lower = (label: string) => label.charAt(0).toLowerCase() + label.slice(1);
  const steps = ending.nextSteps.filter((s) => s !== 'geen').map((s) => lower(extraNextSteps.find((n) => n.id === s)!.label));
  const consequence = ending.consequence?.trim().replace(/[.;]+$/, '');
  return ['afspraken niet nagekomen', consequence && `consequentie: ${consequence}`, ...steps].filter(Boolean).join('; ');
}
