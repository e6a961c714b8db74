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
  entered?: { at: string; by?: string | undefined } | undefined;
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

/** The notes of a zaak once its support group is known (after stap 1); none before. */
export function esisNotes(protocol: ProtocolDefinition, zaak: Zaak, context: NoteContext): EsisNote[] {
  const stap1 = zaak.conversations.find((c) => c.stepId === 'stap1');
  if (!stap1) return [];
  const start = formatDay(stap1.heldOn);
  const actions = actionsOf(zaak);
  const action = (pupilId: string) => actions.filter((a) => a.pupilId === pupilId).map((a) => a.text).join('; ') || 'nog af te spreken in de supportgroep';
  const t = protocol.esisTemplates;
  const note = (pupilId: string, destination: EsisDestination, template: string): EsisNote => ({
    zaakId: zaak.id,
    pupilId,
    destination,
    date: stap1.heldOn,
    text: fillTemplate(template, {
      naam: context.name(pupilId),
      start,
      melding: context.meldingDay ? formatDay(context.meldingDay) : formatDay(isoDay(new Date(zaak.openedAt))),
      actie: action(pupilId),
      stand: stand(zaak),
    }),
    entered: zaak.esisEntered?.[pupilId],
  });
  const roleOf = (role: string) => protocol.roles.find((r) => r.id === role);
  return [
    note(zaak.bulliedPupilId, 'incidenten-pesten', t.gepeste),
    ...zaak.members.map((m) => {
      const destination = roleOf(m.role)?.esis ?? 'dagboek';
      return note(m.pupilId, destination, destination === 'incidenten-pesten' ? t.pester : t.dagboek);
    }),
  ];
}

/** Ticks a child's note as entered in Esis (or clears the tick). */
export function markEsisEntered(zaak: Zaak, pupilId: string, entered: boolean, at: Date, by?: string): Zaak {
  const current = { ...(zaak.esisEntered ?? {}) };
  if (entered) current[pupilId] = { at: at.toISOString(), ...(by ? { by } : {}) };
  else delete current[pupilId];
  return { ...zaak, esisEntered: current, updatedAt: at.toISOString(), rev: zaak.rev + 1 };
}

export function notesToEnter(notes: readonly EsisNote[]): number {
  return notes.filter((n) => !n.entered).length;
}
