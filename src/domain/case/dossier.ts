import { formatDay } from '../dates';
import type { ProtocolDefinition } from '../protocol';
import { stepById } from '../protocol';
import { providerLabel } from '../protocol/social-network';
import { definitionRound } from './conversation-rules';
import { feelingWord } from './feelings';
import { taskKey } from './tasks';
import { asCorrected, correctionsOf } from './corrected';
import { correctionLabel, correctionText } from './corrections';
import { attendeeRoles, decisions, extraNextSteps, type Answer, type Conversation, type Zaak } from './zaak';

/**
 * The full record of a zaak as a reader needs it, for the screen and for print: every conversation
 * with its questions and answers, its checklist, the support group with roles, each action with its
 * evaluation, decisions, plans, consequences and referrals. Plain lines, so it reads the same
 * anywhere; the protocol wording is the zaak's own.
 */
export interface DossierLine {
  label: string;
  text: string;
  /** The line as corrected after the conversation: each correction, oldest first (corrections.ts). */
  corrections?: { at: string; by?: string | undefined; was: string; reason: string }[];
}

export interface DossierConversation {
  title: string;
  heldOn: string;
  /** "Gehouden op" was corrected: the day first recorded, and why. */
  heldOnCorrections?: { at: string; by?: string | undefined; was: string; reason: string }[];
  recordedBy?: string | undefined;
  lines: DossierLine[];
}

export interface DossierNames {
  pupil: (pupilId: string) => string;
  staff: (staffId: string | undefined) => string | undefined;
}

function answerText(kind: string, answer: Answer | undefined): string | undefined {
  if (answer === undefined || answer === '') return undefined;
  if (kind === 'faceScale' && typeof answer === 'number') return feelingWord(answer);
  if (typeof answer === 'boolean') return answer ? 'Ja' : 'Nee';
  return String(answer);
}

/** A checklist item as the record says it: done during the conversation, done later (with the day), or still to do. */
function checklistText(zaak: Zaak, c: Conversation, itemId: string, mayStayOpen: boolean | undefined): string {
  if (c.checklist[itemId]) return mayStayOpen ? `Gedaan (bij het gesprek van ${formatDay(c.heldOn)})` : 'Gedaan';
  const later = zaak.tasksDone?.[taskKey(c, itemId)];
  if (later) return `Gedaan op ${formatDay(later.at.slice(0, 10))}`;
  return mayStayOpen && c.checklist[itemId] === false ? 'Nog te doen' : 'Niet gedaan';
}

function conversationLines(protocol: ProtocolDefinition, zaak: Zaak, c: Conversation, names: DossierNames): DossierLine[] {
  const step = stepById(protocol, c.stepId);
  const round = definitionRound(c.stepId, c.round);
  const lines: DossierLine[] = [];
  if (c.stepId === 'extra' && c.pupilId) lines.push({ label: 'Over het kind dat blijft pesten', text: names.pupil(c.pupilId) });
  for (const prompt of step.prompts.filter((p) => (p.round ?? 1) === round)) {
    const text = answerText(prompt.kind, c.answers[prompt.id]);
    if (text !== undefined) lines.push({ label: prompt.text, text });
  }
  if (c.outcome === 'incident') lines.push({ label: 'Conclusie', text: 'Geen pesten maar een incident' });
  if (c.followUp) lines.push({ label: 'Passend vervolg', text: c.followUp });
  for (const item of step.checklist.filter((i) => (i.round ?? 1) === round))
    lines.push({ label: item.text, text: checklistText(zaak, c, item.id, item.mayStayOpen) });
  for (const m of c.members ?? [])
    lines.push({ label: `Supportgroep: ${names.pupil(m.pupilId)}`, text: protocol.roles.find((r) => r.id === m.role)?.label ?? m.role });
  for (const a of c.actions ?? []) {
    const review = c.stepId === 'stap4' ? [a.done === undefined ? undefined : a.done ? 'uitgevoerd' : 'niet uitgevoerd', a.effect && `effect: ${a.effect}`].filter(Boolean).join('; ') : '';
    lines.push({ label: `Actiepunt van ${names.pupil(a.pupilId)}`, text: review ? `${a.text} (${review})` : a.text });
  }
  if (c.decision) lines.push({ label: 'Besluit', text: decisions.find((d) => d.id === c.decision)?.label ?? c.decision });
  if (c.attendees?.length) lines.push({ label: 'Aanwezig', text: c.attendees.map((a) => attendeeRoles.find((r) => r.id === a)?.label ?? a).join(', ') });
  if (c.attendeesNote) lines.push({ label: 'Toelichting bij de aanwezigen', text: c.attendeesNote });
  const next = (c.nextSteps ?? []).map((id) => extraNextSteps.find((n) => n.id === id)?.label ?? id);
  if (next.length) lines.push({ label: 'Wat volgt er na de consequentie?', text: next.join('; ') });
  if (c.referralProviderId) {
    const provider = protocol.socialNetwork.find((p) => p.id === c.referralProviderId);
    lines.push({ label: 'Verwezen naar (Bijlage 1)', text: provider ? providerLabel(provider) : c.referralProviderId });
  }
  return lines;
}

export function dossierOf(protocol: ProtocolDefinition, held: Zaak, names: DossierNames, title: (c: Conversation) => string): DossierConversation[] {
  const zaak = asCorrected(held);
  return zaak.conversations.map((c) => {
    const corrections = correctionsOf(zaak, c);
    // Each corrected line says so: what it said first, when, by whom and why; the text is as corrected.
    const of = (field: string) =>
      corrections.filter((k) => k.field === field).map((k) => ({ at: k.at, by: names.staff(k.by), was: correctionText(k).was, reason: k.reason }));
    const labelled = new Map(corrections.map((k) => [correctionLabel(protocol, k, names.pupil), k.field]));
    const lines = conversationLines(protocol, zaak, c, names).map((line) => {
      const field = labelled.get(line.label);
      const list = field ? of(field) : [];
      return list.length ? { ...line, corrections: list } : line;
    });
    const heldOnCorrections = of('heldOn');
    return {
      title: title(c),
      heldOn: formatDay(c.heldOn),
      ...(heldOnCorrections.length ? { heldOnCorrections } : {}),
      recordedBy: names.staff(c.recordedBy),
      lines,
    };
  });
}
