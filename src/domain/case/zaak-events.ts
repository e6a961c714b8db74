import type { ProtocolDefinition } from '../protocol';
import { stepById } from '../protocol';
import type { ProtocolChanges } from '../protocol/customization';
import type { FieldErrors } from '../validation';
import { checkConversation, definitionRound, namesWhoBullies } from './conversation-rules';
import { closingReasonFor, mayHold, nextConversations } from './flow';
import { heldOnProblem } from './held-on';
import { isoDay } from '../dates';
import type { Triage } from './triage';
import type { ZaakTask } from './tasks';
import type { ClosingReason, Conversation, Zaak } from './zaak';

/** Everything that changes a zaak, as pure functions: the screen asks, the domain decides. */

export type ZaakResult = { ok: true; zaak: Zaak } | { ok: false; errors: FieldErrors };

const fail = (message: string, field = '_'): ZaakResult => ({ ok: false, errors: { [field]: message } });
const touched = (zaak: Zaak, at: Date, change: Partial<Zaak>): Zaak => ({
  ...zaak,
  ...change,
  updatedAt: at.toISOString(),
  rev: zaak.rev + 1,
});

/** Pesten: one zaak per bullied child of the melding. */
export function openZaken(
  meldingId: string,
  triage: Triage,
  leadRole: Zaak['leadRole'],
  at: Date,
  newId: () => string,
  protocol?: ProtocolChanges,
): Zaak[] {
  if (triage.outcome !== 'pesten' || !triage.leadStaffId) return [];
  return triage.bulliedPupilIds.map((bulliedPupilId) => ({
    id: newId(),
    meldingId,
    bulliedPupilId,
    leadStaffId: triage.leadStaffId!,
    leadRole,
    status: 'open',
    openedAt: at.toISOString(),
    updatedAt: at.toISOString(),
    rev: 1,
    members: [],
    conversations: [],
    reopenings: [],
    ...(protocol ? { protocol } : {}),
  }));
}

function conversationName(protocol: ProtocolDefinition, stepId: Conversation['stepId'], round: number): string {
  const step = stepById(protocol, stepId);
  const roundTitle = step.rounds?.[definitionRound(stepId, round) - 1];
  if (roundTitle) return `${step.label}: ${roundTitle.toLowerCase()}`;
  return round > 1 ? `${step.label} (tweede evaluatie)` : step.label;
}

/** Why this conversation cannot be held now, in the teacher's words. */
function outOfOrder(protocol: ProtocolDefinition, zaak: Zaak, c: Conversation): string {
  const next = nextConversations(zaak);
  if (next.length === 0) return 'Voor deze zaak staat geen gesprek meer open. Sluit de zaak af of heropen hem.';
  const names = next.map((n) => conversationName(protocol, n.stepId, n.round)).join(' of ');
  return `${conversationName(protocol, c.stepId, c.round)} kan nu niet. Eerst: ${names}.`;
}

/** Why a conversation cannot be held now, or null when it can. */
export function conversationBlockedReason(protocol: ProtocolDefinition, zaak: Zaak, stepId: Conversation['stepId'], round: number, pupilId?: string): string | null {
  if (zaak.status === 'gesloten') return 'Deze zaak is gesloten. Heropen de zaak om verder te gaan.';
  if (mayHold(zaak, stepId, round, pupilId)) return null;
  if (stepId === 'extra' && !zaak.members.some((m) => m.pupilId === pupilId)) return 'Kies eerst voor welk kind uit de supportgroep de extra stap is.';
  return outOfOrder(protocol, zaak, { stepId, round } as Conversation);
}

export function finishConversation(protocol: ProtocolDefinition, zaak: Zaak, held: Conversation, at: Date): ZaakResult {
  // "Nog niet bekend wie pest" is not kept beside a group that names who bullies.
  const { bulliesUnknown, ...named } = held;
  const c: Conversation = bulliesUnknown !== undefined && namesWhoBullies(protocol, held.members) ? named : held;
  const blocked = conversationBlockedReason(protocol, zaak, c.stepId, c.round, c.pupilId);
  if (blocked) return fail(blocked);
  const errors = checkConversation(protocol, zaak, c);
  const wrongDay = heldOnProblem(zaak, c, isoDay(at));
  if (wrongDay) errors.heldOn = wrongDay;
  if (Object.keys(errors).length) return { ok: false, errors };
  const members = c.stepId === 'stap1' && c.outcome === 'pesten' ? (c.members ?? []) : zaak.members;
  const next = touched(zaak, at, { members, conversations: [...zaak.conversations, c] });
  // "Het kan zijn dat de conclusie van dit gesprek is dat het niet gaat om pesten maar om een incident."
  if (c.stepId === 'stap1' && c.outcome === 'incident')
    return { ok: true, zaak: { ...next, status: 'gesloten', closing: { at: next.updatedAt, reason: 'geen-pesten', note: c.followUp ?? '', by: c.recordedBy } } };
  return { ok: true, zaak: next };
}

export function closeZaak(zaak: Zaak, input: { reason: ClosingReason; note: string; by?: string }, at: Date, tasksOpen: readonly Pick<ZaakTask, 'text'>[] = []): ZaakResult {
  if (zaak.status === 'gesloten') return fail('Deze zaak is al gesloten.');
  // An open task is not dropped in silence: done first, or the closing note says why not.
  if (tasksOpen.length > 0 && !input.note.trim())
    return fail(
      `Er ${tasksOpen.length === 1 ? 'staat nog een taak' : `staan nog ${tasksOpen.length} taken`} open (${tasksOpen.map((t) => t.text).join('; ')}). Markeer ${tasksOpen.length === 1 ? 'hem' : 'ze'} als gedaan, of schrijf hieronder waarom de zaak toch sluit.`,
      'note',
    );
  const expected = closingReasonFor(zaak);
  if (input.reason === 'anders') {
    if (!input.note.trim()) return fail('Schrijf op waarom de zaak nu wordt gesloten.', 'note');
  } else if (input.reason === 'na-extra-stap' && expected === 'na-extra-stap' && !input.note.trim()) {
    // The extra stap can end in a consequence, care or the suspension procedure: the record says which.
    return fail('Schrijf op hoe de zaak is geëindigd.', 'note');
  } else if (expected !== input.reason) {
    return fail(
      expected
        ? 'Deze reden past niet bij hoe de zaak is verlopen.'
        : 'De zaak is nog niet klaar om te sluiten: er staat nog een gesprek open. Kies "Anders" en licht toe om toch te sluiten.',
      'reason',
    );
  }
  return { ok: true, zaak: touched(zaak, at, { status: 'gesloten', closing: { at: at.toISOString(), reason: input.reason, note: input.note.trim(), by: input.by } }) };
}

export function reopenZaak(zaak: Zaak, input: { reason: string; by?: string }, at: Date): ZaakResult {
  if (zaak.status !== 'gesloten') return fail('Deze zaak is niet gesloten.');
  if (!input.reason.trim()) return fail('Schrijf op waarom de zaak wordt heropend.', 'reason');
  return {
    ok: true,
    zaak: touched(zaak, at, {
      status: 'open',
      closing: undefined,
      reopenings: [...zaak.reopenings, { at: at.toISOString(), reason: input.reason.trim(), by: input.by }],
    }),
  };
}

/** Another leerkracht or IVP leads the zaak from now on; the timeline keeps who led before. */
export function handOverZaak(zaak: Zaak, input: { to: string; toRole: Zaak['leadRole']; by?: string }, at: Date): ZaakResult {
  if (zaak.status === 'gesloten') return fail('Deze zaak is gesloten. Heropen de zaak om de leiding over te dragen.');
  if (!input.to) return fail('Kies wie de zaak overneemt.', 'to');
  if (input.to === zaak.leadStaffId) return fail('Deze medewerker leidt de zaak al.', 'to');
  const handover = { at: at.toISOString(), from: zaak.leadStaffId, to: input.to, ...(input.by ? { by: input.by } : {}) };
  return { ok: true, zaak: touched(zaak, at, { leadStaffId: input.to, leadRole: input.toRole, handovers: [...(zaak.handovers ?? []), handover] }) };
}

/**
 * Moves a planned conversation to another day, with the reason; the timeline keeps both days. Stap 3
 * and 4 of one evaluation move together: they are held in the same week.
 */
export function rescheduleConversation(
  zaak: Zaak,
  input: { stepId: Conversation['stepId']; round: number; pupilId?: string | undefined; to: string; reason: string; by?: string | undefined },
  today: string,
  at: Date,
): ZaakResult {
  if (zaak.status === 'gesloten') return fail('Deze zaak is gesloten.');
  const planned = nextConversations(zaak).filter((n) => n.dueOn && (n.stepId === input.stepId || (n.stepId === 'stap3' && input.stepId === 'stap4') || (n.stepId === 'stap4' && input.stepId === 'stap3')) && n.round === input.round && n.pupilId === input.pupilId);
  if (planned.length === 0) return fail('Dit gesprek staat niet gepland.');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.to)) return fail('Kies de nieuwe datum.', 'to');
  if (input.to < today) return fail('De nieuwe datum ligt in het verleden.', 'to');
  if (!input.reason.trim()) return fail('Schrijf op waarom het gesprek verzet wordt.', 'reason');
  const moves = planned.map((n) => ({
    stepId: n.stepId,
    round: n.round,
    ...(n.pupilId ? { pupilId: n.pupilId } : {}),
    from: n.dueOn!,
    to: input.to,
    reason: input.reason.trim(),
    at: at.toISOString(),
    ...(input.by ? { by: input.by } : {}),
  }));
  return { ok: true, zaak: touched(zaak, at, { reschedules: [...(zaak.reschedules ?? []), ...moves] }) };
}
