import { feelingWord } from '../case/feelings';
import type { Incident } from '../incidents/incident';
import type { Melding } from '../melding';
import type { Prompt, ProtocolDefinition, ProtocolStep } from '../protocol';
import { stepById } from '../protocol';
import { providerLabel } from '../protocol/social-network';
import type { Pupil } from '../pupils';
import { formsOf, replaceNameForms, type Named } from './name-forms';

export { foldName, formsOf, nameForms, replaceNameForms } from './name-forms';
import { pupilTimeline, type TimelineEntry } from '../case/timeline';
import { definitionRound } from '../case/conversation-rules';
import { attendeeRoles, extraNextSteps, type Conversation, type Zaak } from '../case/zaak';
import { asCorrected, correctionsOf } from '../case/corrected';
import { formatDay, isoDay } from '../dates';

/**
 * The parents' copy (AVG inzage): everything Kring holds about one child. Parents may see their own
 * child's data only, so another child's answers never appear (chosen by whose each answer is, in the
 * protocol), and in free text every other child's name is replaced by a neutral label.
 */
export const NEUTRAL_LABEL = 'een medeleerling';

/**
 * Replaces every form of the others' names; forms that are also the child's own are left, so the
 * child's name stays.
 */
export function neutralizeNames(text: string, others: readonly Named[], own?: Named): string {
  return replaceNameForms(text, formsOf(others, own ? [own] : []), NEUTRAL_LABEL);
}

export interface ParentsCopyEntry extends TimelineEntry {
  answers?: string[];
  /** Beside each answer: the face of the feeling it names (1–5), so a parent sees it as the child chose it. */
  faces?: (number | null)[];
}

/** Whose an answer is: the prompt says; otherwise the group's in a step held with the group, else the bullied child's. */
function concernsOf(step: ProtocolStep, prompt: Prompt): 'gepeste' | 'pester' | 'groep' {
  return prompt.concerns ?? (step.childrenLook ? 'groep' : 'gepeste');
}

function answerText(prompt: Prompt, value: string | number | boolean): string {
  if (prompt.kind === 'faceScale' && typeof value === 'number') return feelingWord(value);
  if (typeof value === 'boolean') return value ? 'Ja' : 'Nee';
  return String(value);
}

export function parentsCopy(
  protocol: ProtocolDefinition,
  child: Pupil,
  pupils: readonly Pupil[],
  meldingen: readonly Melding[],
  zaken: readonly Zaak[],
  incidents: readonly Incident[],
  /** The wording each zaak was opened with (a school's own protocol version); default: `protocol`. */
  wordingOf: (zaak: Zaak) => ProtocolDefinition = () => protocol,
): ParentsCopyEntry[] {
  // Every record as it reads now; a corrected answer says so (the correction's reason is in the history).
  zaken = zaken.map(asCorrected);
  const others = pupils.filter((p) => p.id !== child.id);
  const clean = (text: string | undefined) => (text === undefined ? undefined : neutralizeNames(text, others, child));
  const own = zaken.filter((z) => z.bulliedPupilId === child.id);
  // What the timeline says about another child's extra stap (their parents, their plan) is theirs.
  const entries: ParentsCopyEntry[] = pupilTimeline(protocol, child.id, meldingen, zaken, incidents, child)
    .filter((e) => e.aboutPupilId === undefined || e.aboutPupilId === child.id)
    .map((e) => ({
    at: e.at,
    by: e.by,
    title: e.title,
    // How a zaak ended speaks of the children who kept bullying too: the reason stays, the note goes.
    detail: e.detailAboutOthers ? undefined : clean(e.detail),
  }));
  // The child's own conversations: what was asked and answered about them and their situation,
  // never what belongs to the child who keeps bullying (a plan, a consequence, a care trajectory).
  for (const zaak of own)
    for (const c of zaak.conversations) {
      // Two children's extra-stap evaluations on one day were one talk with this child: read once.
      if (c.stepId === 'extra' && zaak.conversations.some((o) => o !== c && o.stepId === 'extra' && o.round % 2 === 0 && c.round % 2 === 0 && o.heldOn === c.heldOn && o.recordedAt > c.recordedAt)) continue;
      const step = stepById(wordingOf(zaak), c.stepId);
      const keep = (p: Prompt) => concernsOf(step, p) !== 'pester';
      const answers = answered(step, c, keep);
      if (answers.length)
        entries.push({ at: c.recordedAt, by: c.recordedBy, title: `Antwoorden — ${step.label}`, answers: withCorrectedMark(zaak, c, step, keep, answers).map((a) => clean(a)!), faces: facesOf(step, c, keep) });
    }
  // In someone else's zaak: the child's own part (their role, their actions and how they went) and,
  // for a child who kept bullying, their own extra stap: plan, consequence, care, referral.
  for (const zaak of zaken.filter((z) => z.bulliedPupilId !== child.id)) entries.push(...ownPart(wordingOf(zaak), zaak, child.id).map((e) => ({ ...e, answers: e.answers?.map((a) => clean(a)!) })));
  return entries.sort((a, b) => a.at.localeCompare(b.at));
}

/** An answer corrected after the conversation says so, with the day: "… (gecorrigeerd op 8 december 2026)". */
function withCorrectedMark(zaak: Zaak, c: Conversation, step: ProtocolStep, keep: (p: Prompt) => boolean, answers: string[]): string[] {
  const corrections = correctionsOf(zaak, c);
  return answeredPrompts(step, c, keep).map((p, i) => {
    const last = corrections.filter((k) => k.field === `answer:${p.id}`).at(-1);
    return last ? `${answers[i]} (gecorrigeerd op ${formatDay(isoDay(new Date(last.at)))})` : answers[i]!;
  });
}

function answeredPrompts(step: ProtocolStep, c: Conversation, keep: (p: Prompt) => boolean): Prompt[] {
  return step.prompts
    .filter((p) => (p.round ?? 1) === definitionRound(c.stepId, c.round) && keep(p))
    .filter((p) => c.answers[p.id] !== undefined && c.answers[p.id] !== '');
}

function answered(step: ProtocolStep, c: Conversation, keep: (p: Prompt) => boolean): string[] {
  return answeredPrompts(step, c, keep).map((p) => `${p.text} ${answerText(p, c.answers[p.id]!)}`);
}

function facesOf(step: ProtocolStep, c: Conversation, keep: (p: Prompt) => boolean): (number | null)[] {
  return answeredPrompts(step, c, keep).map((p) => (p.kind === 'faceScale' && typeof c.answers[p.id] === 'number' ? (c.answers[p.id] as number) : null));
}

function ownPart(protocol: ProtocolDefinition, zaak: Zaak, pupilId: string): ParentsCopyEntry[] {
  const entries: ParentsCopyEntry[] = [];
  const member = zaak.members.find((m) => m.pupilId === pupilId);
  const stap1 = zaak.conversations.find((c) => c.stepId === 'stap1');
  if (member && stap1) {
    const role = protocol.roles.find((r) => r.id === member.role);
    entries.push({ at: stap1.recordedAt, by: stap1.recordedBy, title: 'Rol in de supportgroep', answers: [`${role?.label ?? member.role}${role ? `: ${role.description}` : ''}`] });
  }
  for (const c of zaak.conversations) {
    const step = stepById(protocol, c.stepId);
    const actions = (c.actions ?? []).filter((a) => a.pupilId === pupilId && a.text);
    if (actions.length)
      entries.push({
        at: c.recordedAt,
        by: c.recordedBy,
        title: `Eigen actiepunt — ${step.label}`,
        answers: actions.map((a) => [a.text, a.done === undefined ? '' : a.done ? '(uitgevoerd)' : '(niet uitgevoerd)', a.effect ? `Effect: ${a.effect}` : ''].filter(Boolean).join(' ')),
      });
    if (c.stepId !== 'extra' || c.pupilId !== pupilId) continue;
    // The extra stap about this child: everything of theirs, nothing of how the bullied child feels.
    const answers = answered(step, c, (p) => concernsOf(step, p) === 'pester');
    const next = (c.nextSteps ?? []).filter((n) => n !== 'geen').map((n) => extraNextSteps.find((x) => x.id === n)!.label);
    const provider = protocol.socialNetwork.find((p) => p.id === c.referralProviderId);
    const attendees = (c.attendees ?? []).map((a) => attendeeRoles.find((r) => r.id === a)?.label ?? a);
    entries.push({
      at: c.recordedAt,
      by: c.recordedBy,
      title: `Antwoorden — ${step.label}${step.rounds ? `: ${step.rounds[definitionRound(c.stepId, c.round) - 1]!.toLowerCase()}` : ''}`,
      answers: [
        ...(attendees.length ? [`Aanwezig: ${attendees.join(', ')}`] : []),
        ...answers,
        ...(next.length ? [`Wat volgt: ${next.join('; ')}`] : []),
        ...(provider ? [`Verwezen naar: ${providerLabel(provider)}`] : []),
      ],
    });
  }
  return entries;
}
