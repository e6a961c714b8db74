import { formatDay, isoDay } from '../dates';
import { definitionRound } from '../case/conversation-rules';
import { childrenInExtraStap } from '../case/extra-stap';
import { actionsOf, nextConversations } from '../case/flow';
import { closingReasons, decisions, type Conversation, type Zaak } from '../case/zaak';
import type { EsisDestination, ProtocolDefinition } from '../protocol';
import { providerLabel } from '../protocol/social-network';
import { asCorrected } from '../case/corrected';

/**
 * "We registreren dit als volgt in Esis": the bullied child and the bullies get their note under
 * Incidenten → pesten; the other support-group members get theirs in the dagboek. A first note per
 * child, then a follow-up note per later step.
 */

export interface EsisNote {
  /** Unique within the zaak: the child for the first note, the child and the event for a follow-up. */
  key: string;
  zaakId: string;
  pupilId: string;
  destination: EsisDestination;
  /** The first note when the approach started, or a follow-up ("vervolg") after a later step. */
  kind: 'start' | 'vervolg';
  /** The day the note is about: the day the approach started, or the day of the follow-up's event. */
  date: string;
  text: string;
  entered?: { at: string; by?: string | undefined; text?: string | undefined; destination?: EsisDestination | undefined } | undefined;
  /** Ticked as entered, but the note has changed since: enter the new text. */
  changedSinceEntered: boolean;
}

export interface NoteContext {
  name: (pupilId: string) => string;
  meldingDay?: string | undefined;
  /** A child's own words with every other child's name made neutral, for the pester's {actie}. */
  neutral?: ((text: string, ownPupilId: string) => string) | undefined;
}

/** A template with its placeholders filled; an unknown placeholder stays as typed, so it shows. */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

function stand(zaak: Zaak): string {
  if (zaak.status === 'gesloten') return 'afgesloten';
  const next = nextConversations(zaak)[0];
  if (!next) return 'klaar om af te sluiten';
  return next.dueOn ? `evaluatie gepland op ${formatDay(next.dueOn)}` : 'in behandeling';
}

/** In a dagboek note the action is never the child's own words, which may name another child. */
const NEUTRAL_ACTION = 'een eigen actiepunt';

/**
 * The children filed under Incidenten → pesten as pesters: those whose role the protocol files there
 * (by default the Pester; a school may add the Assistent), and every child in the extra stap.
 */
export function pestersOf(protocol: ProtocolDefinition, zaak: Zaak): Set<string> {
  const byRole = zaak.members.filter((m) => protocol.roles.find((r) => r.id === m.role)?.esis === 'incidenten-pesten').map((m) => m.pupilId);
  return new Set([...byRole, ...childrenInExtraStap(zaak).filter((id): id is string => id !== undefined)]);
}

function withEntry(zaak: Zaak, note: Omit<EsisNote, 'entered' | 'changedSinceEntered' | 'zaakId'>): EsisNote {
  const entered = zaak.esisEntered?.[note.key];
  // Entered before the note changed (a later step, the closing): the new text is still to enter.
  return { ...note, zaakId: zaak.id, entered, changedSinceEntered: entered?.text !== undefined && entered.text !== note.text };
}

/**
 * The notes of a zaak, following what actually happened: none before stap 1; after a stap 1 that
 * concluded "geen pesten maar een incident", one neutral dagboek note for the child and no pesten
 * entry; otherwise the bullied child and the pesters under Incidenten → pesten and the other
 * support-group members in the dagboek, each followed by follow-up notes as the zaak goes on.
 */
export function esisNotes(protocol: ProtocolDefinition, held: Zaak, context: NoteContext): EsisNote[] {
  // The notes say what the record says now: a corrected day or text, not the one first typed.
  const zaak = asCorrected(held);
  const stap1 = zaak.conversations.find((c) => c.stepId === 'stap1');
  if (!stap1) return [];
  const actions = actionsOf(zaak);
  // Even under Incidenten → pesten an action never names another child: the school's text may.
  const neutral = context.neutral ?? ((text: string) => text);
  const ownAction = (pupilId: string) => actions.filter((a) => a.pupilId === pupilId).map((a) => neutral(a.text, pupilId)).join('; ') || 'nog af te spreken in de supportgroep';
  const t = protocol.esisTemplates;
  const start = (pupilId: string, destination: EsisDestination, template: string): EsisNote =>
    withEntry(zaak, {
      key: pupilId,
      pupilId,
      destination,
      kind: 'start',
      date: stap1.heldOn,
      text: fillTemplate(template, {
        naam: context.name(pupilId),
        start: formatDay(stap1.heldOn),
        melding: context.meldingDay ? formatDay(context.meldingDay) : formatDay(isoDay(new Date(zaak.openedAt))),
        actie: destination === 'dagboek' ? NEUTRAL_ACTION : ownAction(pupilId),
        stand: stand(zaak),
      }),
    });
  if (stap1.outcome === 'incident') return [start(zaak.bulliedPupilId, 'dagboek', t.incident)];
  const pesters = pestersOf(protocol, zaak);
  const starts = [
    start(zaak.bulliedPupilId, 'incidenten-pesten', t.gepeste),
    ...zaak.members.map((m) => (pesters.has(m.pupilId) ? start(m.pupilId, 'incidenten-pesten', t.pester) : start(m.pupilId, 'dagboek', t.dagboek))),
  ];
  const followUps = followUpNotes(protocol, zaak, context.name, pesters).map((n) => withEntry(zaak, n));
  // Per child: the first note, then its follow-ups in the order they happened.
  return starts.flatMap((first) => [first, ...followUps.filter((f) => f.pupilId === first.pupilId)]);
}

type Draft = Omit<EsisNote, 'entered' | 'changedSinceEntered' | 'zaakId'>;

/**
 * Follow-up notes per step, in neutral words of the protocol and never a child's own words: stap 2
 * held, each evaluation, each extra-stap conversation, and the closing. A referral names the
 * organisation from Bijlage 1.
 */
function followUpNotes(protocol: ProtocolDefinition, zaak: Zaak, name: (id: string) => string, pesters: Set<string>): Draft[] {
  const notes: Draft[] = [];
  const bullied = zaak.bulliedPupilId;
  const add = (pupilId: string, destination: EsisDestination, event: string, date: string, text: string) =>
    notes.push({ key: `${pupilId}:${event}`, pupilId, destination, kind: 'vervolg', date, text });
  const vervolg = (pupilId: string, text: string) => `Vervolg pesten ${name(pupilId)}: ${text}`;
  for (const c of [...zaak.conversations].sort((a, b) => a.recordedAt.localeCompare(b.recordedAt))) {
    const day = formatDay(c.heldOn);
    if (c.stepId === 'stap2')
      add(bullied, 'incidenten-pesten', 'stap2', c.heldOn, vervolg(bullied, `op ${day} is de supportgroep bijeengekomen; elk kind in de groep heeft een eigen actiepunt afgesproken.`));
    if (c.stepId === 'stap4') {
      const decision = decisions.find((d) => d.id === c.decision)?.label.toLowerCase() ?? 'nog niet genomen';
      add(bullied, 'incidenten-pesten', `stap4-${c.round}`, c.heldOn, vervolg(bullied, `op ${day} ${c.round > 1 ? 'tweede ' : ''}evaluatie met de gepeste leerling en de supportgroep. Besluit: ${decision}.`));
    }
    if (c.stepId === 'extra' && c.pupilId) {
      const child = c.pupilId;
      const event = `extra-${child}-${c.round}`;
      // For the bullied child one note per day and kind of talk, however many children it concerned.
      const confronting = definitionRound('extra', c.round) === 1;
      const bulliedEvent = `extra-${confronting ? 'gesprek' : 'evaluatie'}-${c.heldOn}`;
      const sameDay = zaak.conversations.filter((o) => o.stepId === 'extra' && o.pupilId && o.heldOn === c.heldOn && definitionRound('extra', o.round) === definitionRound('extra', c.round)).length;
      if (!notes.some((n) => n.key === `${bullied}:${bulliedEvent}`))
        add(
          bullied,
          'incidenten-pesten',
          bulliedEvent,
          c.heldOn,
          vervolg(
            bullied,
            confronting
              ? `op ${day} is een confronterend gesprek gevoerd met ${sameDay === 1 ? 'een kind dat blijft pesten en de ouders' : `${sameDay} kinderen die blijven pesten en hun ouders`} (extra stap).`
              : `op ${day} evaluatie van de extra stap met de gepeste leerling.`,
          ),
        );
      if (confronting)
        add(child, 'incidenten-pesten', event, c.heldOn, vervolg(child, `op ${day} confronterend gesprek met ${name(child)} en de ouders (extra stap). ${name(child)} heeft een plan met concrete acties geschreven; de ouders gaan samen met dit plan aan de slag.`));
      else add(child, 'incidenten-pesten', event, c.heldOn, vervolg(child, `op ${day} evaluatie van de extra stap. ${extraOutcome(protocol, c)}`));
    }
  }
  if (zaak.closing && zaak.closing.reason !== 'geen-pesten') {
    const date = isoDay(new Date(zaak.closing.at));
    const day = formatDay(date);
    const event = `gesloten-${zaak.closing.at}`;
    const reason = closingReasons.find((r) => r.id === zaak.closing!.reason)!.label.toLowerCase();
    add(bullied, 'incidenten-pesten', event, date, vervolg(bullied, `de zaak is op ${day} afgesloten (${reason}).`));
    for (const m of zaak.members)
      if (pesters.has(m.pupilId)) add(m.pupilId, 'incidenten-pesten', event, date, vervolg(m.pupilId, `de aanpak is op ${day} afgesloten.`));
      else add(m.pupilId, 'dagboek', event, date, `${name(m.pupilId)}: de supportgroep is op ${day} afgerond.`);
  }
  return notes;
}

function extraOutcome(protocol: ProtocolDefinition, c: Conversation): string {
  if (c.answers['afspraken-nagekomen'] === true) return 'De afspraken zijn nagekomen.';
  const next = c.nextSteps ?? [];
  const provider = protocol.socialNetwork.find((p) => p.id === c.referralProviderId);
  return [
    'De afspraken zijn niet nagekomen; er volgt een passende consequentie.',
    next.includes('zorgtraject') && `Er is een individueel zorgtraject afgesproken${provider ? `, met doorverwijzing naar ${providerLabel(provider)}` : ''}.`,
    next.includes('schorsingsprocedure') && 'Besloten is de schorsings- en verwijderingsprocedure van de school te volgen.',
    next.includes('nieuw-gesprek') && 'Er volgt nog een confronterend gesprek.',
  ]
    .filter(Boolean)
    .join(' ');
}

/** Ticks a note as entered in Esis, keeping the text as entered (or clears the tick). */
export function markEsisEntered(zaak: Zaak, note: Pick<EsisNote, 'key' | 'text' | 'destination'>, entered: boolean, at: Date, by?: string): Zaak {
  const current = { ...(zaak.esisEntered ?? {}) };
  if (entered) current[note.key] = { at: at.toISOString(), ...(by ? { by } : {}), text: note.text, destination: note.destination };
  else delete current[note.key];
  return { ...zaak, esisEntered: current, updatedAt: at.toISOString(), rev: zaak.rev + 1 };
}

/** Notes not entered yet, or changed since they were. */
export function notesToEnter(notes: readonly EsisNote[]): number {
  return notes.filter((n) => !n.entered || n.changedSinceEntered).length;
}
