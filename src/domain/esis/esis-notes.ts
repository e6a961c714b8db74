import { formatDay, isoDay } from '../dates';
import { actionsOf, nextConversations } from '../case/flow';
import type { Zaak } from '../case/zaak';
import type { EsisDestination, ProtocolDefinition } from '../protocol';

/**
 * "We registreren dit als volgt in Esis": the bullied child and the bullies get their note under
 * Incidenten → pesten; the other support-group members get theirs in the dagboek. One note per child.
 */

export interface EsisNote {
  zaakId: string;
  pupilId: string;
  destination: EsisDestination;
  /** The day the note is about: the day the approach started. */
  date: string;
  text: string;
  entered?: { at: string; by?: string | undefined; text?: string | undefined } | undefined;
  /** Ticked as entered, but the note has changed since: enter the new text. */
  changedSinceEntered: boolean;
}

export interface NoteContext {
  name: (pupilId: string) => string;
  meldingDay?: string | undefined;
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
 * The notes of a zaak, following what actually happened: none before stap 1; after a stap 1 that
 * concluded "geen pesten maar een incident", one neutral dagboek note for the child and no pesten
 * entry; otherwise the bullied child and the pesters under Incidenten → pesten and the other
 * support-group members in the dagboek. Which roles count as pesters is protocol data.
 */
export function esisNotes(protocol: ProtocolDefinition, zaak: Zaak, context: NoteContext): EsisNote[] {
  const stap1 = zaak.conversations.find((c) => c.stepId === 'stap1');
  if (!stap1) return [];
  const actions = actionsOf(zaak);
  const ownAction = (pupilId: string) => actions.filter((a) => a.pupilId === pupilId).map((a) => a.text).join('; ') || 'nog af te spreken in de supportgroep';
  const t = protocol.esisTemplates;
  const note = (pupilId: string, destination: EsisDestination, template: string): EsisNote => {
    const text = fillTemplate(template, {
      naam: context.name(pupilId),
      start: formatDay(stap1.heldOn),
      melding: context.meldingDay ? formatDay(context.meldingDay) : formatDay(isoDay(new Date(zaak.openedAt))),
      actie: destination === 'dagboek' ? NEUTRAL_ACTION : ownAction(pupilId),
      stand: stand(zaak),
    });
    const entered = zaak.esisEntered?.[pupilId];
    return {
      zaakId: zaak.id,
      pupilId,
      destination,
      date: stap1.heldOn,
      text,
      entered,
      // Entered before the note changed (a later step, the closing): the new text is still to enter.
      changedSinceEntered: entered?.text !== undefined && entered.text !== text,
    };
  };
  if (stap1.outcome === 'incident') return [note(zaak.bulliedPupilId, 'dagboek', t.incident)];
  const roleOf = (role: string) => protocol.roles.find((r) => r.id === role);
  return [
    note(zaak.bulliedPupilId, 'incidenten-pesten', t.gepeste),
    ...zaak.members.map((m) => {
      const destination = roleOf(m.role)?.esis ?? 'dagboek';
      return note(m.pupilId, destination, destination === 'incidenten-pesten' ? t.pester : t.dagboek);
    }),
  ];
}

/** Ticks a child's note as entered in Esis, keeping the text as entered (or clears the tick). */
export function markEsisEntered(zaak: Zaak, note: Pick<EsisNote, 'pupilId' | 'text'>, entered: boolean, at: Date, by?: string): Zaak {
  const current = { ...(zaak.esisEntered ?? {}) };
  if (entered) current[note.pupilId] = { at: at.toISOString(), ...(by ? { by } : {}), text: note.text };
  else delete current[note.pupilId];
  return { ...zaak, esisEntered: current, updatedAt: at.toISOString(), rev: zaak.rev + 1 };
}

/** Notes not entered yet, or changed since they were. */
export function notesToEnter(notes: readonly EsisNote[]): number {
  return notes.filter((n) => !n.entered || n.changedSinceEntered).length;
}
