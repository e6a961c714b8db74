import { alertTitles, readsAbout, type AlertKind, type AlertRead } from '../alerts/new-for-you';
import { formatDay, formatMoment } from '../dates';
import type { ProtocolDefinition } from '../protocol';
import { stepById } from '../protocol';
import type { Melding } from '../melding';
import type { Incident } from '../incidents/incident';
import { renamesSince, type Pupil } from '../pupils';
import { closingReasons, decisions, type Zaak } from './zaak';
import { triageOutcomes } from './triage';
import { definitionRound } from './conversation-rules';
import { zaakTasks } from './tasks';
import { asCorrectedMelding, meldingFieldLabel } from '../melding-corrections';
import { asCorrected, correctionsOf } from './corrected';
import { correctionLabel, correctionText } from './corrections';

/**
 * Every conversation, decision and ticked checklist item of a zaak, with its date and who recorded it:
 * the zaak's history, oldest first.
 */

export interface TimelineEntry {
  at: string;
  by?: string | undefined;
  title: string;
  detail?: string;
  /** A handover's previous and new lead: the screen shows their names, the domain holds only ids. */
  staffIds?: [string, string];
  /** The child an extra-stap conversation is about: the screen shows the name. */
  aboutPupilId?: string;
  /** The detail may speak of other children (how the zaak ended for each): never in a parents' copy. */
  detailAboutOthers?: boolean;
  /** A correction: what the record said, and what it says now (the staff's record; a parents' copy says only that and why). */
  correction?: { was: string; now: string };
}

/** Every child a zaak names: the bullied child, the support group (of every stap 1), the extra stap's children. */
export function pupilsNamedIn(zaak: Zaak): Set<string> {
  return new Set([zaak.bulliedPupilId, ...zaak.members.map((m) => m.pupilId), ...zaak.conversations.flatMap((c) => [...(c.members ?? []).map((m) => m.pupilId), ...(c.pupilId ? [c.pupilId] : [])])]);
}

/** `reads`: who marked the melding's or the zaak's alerts read ("Nieuw voor u"), and when. */
export function zaakTimeline(protocol: ProtocolDefinition, held: Zaak, heldMelding?: Melding, reads: readonly AlertRead[] = [], pupils: readonly Pupil[] = []): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  const melding = heldMelding && asCorrectedMelding(heldMelding);
  if (melding) entries.push(...meldingCorrectionEntries(melding));
  // Conversations as they read now; each correction is an entry of its own.
  const zaak = asCorrected(held);
  // A child named in the zaak who was renamed since it opened: the record keeps the old name, and says so.
  const named = pupilsNamedIn(zaak);
  for (const pupil of pupils)
    if (named.has(pupil.id))
      for (const r of renamesSince(pupil, zaak.openedAt)) entries.push({ at: r.at, by: r.by, title: `Naam gewijzigd: ${r.from} heet nu ${r.to}` });
  for (const read of readsAbout(reads, { ...(melding ? { meldingId: melding.id } : {}), zaakId: zaak.id }))
    entries.push({ at: read.readAt, by: read.staffId, title: `Gelezen: ${alertTitles[read.alertKey.split(':')[0] as AlertKind] ?? 'melding'}` });
  if (melding) entries.push({ at: melding.createdAt, by: melding.recordedBy, title: 'Melding ontvangen' });
  if (melding?.triage?.decidedAt)
    entries.push({ at: melding.triage.decidedAt, by: melding.triage.decidedBy, title: 'Beoordeeld: pesten', detail: melding.triage.reason });
  // A judgement made at the same time on another tablet, not followed because this zaak was opened: kept in the history.
  for (const other of melding?.otherJudgements ?? [])
    entries.push({ at: other.decidedAt ?? melding!.createdAt, by: other.decidedBy, title: `Tegelijk ook beoordeeld, niet gevolgd: ${triageOutcomes.find((o) => o.id === other.outcome)?.label.toLowerCase() ?? other.outcome}`, detail: other.reason });
  entries.push({ at: zaak.openedAt, title: 'Zaak geopend' });
  for (const c of zaak.conversations) {
    const step = stepById(protocol, c.stepId);
    const roundTitle = step.rounds?.[definitionRound(c.stepId, c.round) - 1];
    const title = `${step.label}${roundTitle ? ` — ${roundTitle}` : c.round > 1 ? ' — tweede evaluatie' : ` — ${step.title}`}`;
    // Everything of an extra-stap conversation says which child it is about.
    const about = c.pupilId ? { aboutPupilId: c.pupilId } : {};
    const outcome = c.stepId === 'extra' && typeof c.answers['afspraken-nagekomen'] === 'boolean' ? (c.answers['afspraken-nagekomen'] ? '; afspraken nagekomen' : '; afspraken niet nagekomen') : '';
    const list = correctionsOf(zaak, c);
    const corrected = list.some((k) => k.field === 'heldOn') ? ' (datum gecorrigeerd)' : list.length > 0 ? ' (verslag gecorrigeerd)' : '';
    entries.push({ at: c.recordedAt, by: c.recordedBy, title, detail: `Gehouden op ${formatDay(c.heldOn)}${outcome}${corrected}`, ...about });
    for (const item of step.checklist) {
      if (c.checklist[item.id]) entries.push({ at: c.recordedAt, by: c.recordedBy, title: `✓ ${item.text}`, ...about });
      else if (item.mayStayOpen && c.checklist[item.id] === false) entries.push({ at: c.recordedAt, by: c.recordedBy, title: `Nog te doen: ${item.todo ?? item.text}`, ...about });
    }
    if (c.outcome === 'incident') entries.push({ at: c.recordedAt, by: c.recordedBy, title: 'Conclusie: geen pesten maar een incident', detail: c.followUp });
    if (c.decision)
      entries.push({ at: c.recordedAt, by: c.recordedBy, title: `Besluit: ${decisions.find((d) => d.id === c.decision)?.label ?? c.decision}` });
  }
  for (const task of zaakTasks(protocol, zaak))
    if (task.done && !task.done.during)
      entries.push({ at: task.done.at, by: task.done.by, title: `✓ ${task.text}`, detail: 'Taak afgerond na het gesprek', ...(task.pupilId ? { aboutPupilId: task.pupilId } : {}) });
  for (const r of zaak.reschedules ?? [])
    entries.push({
      at: r.at,
      by: r.by,
      title: `Gesprek verzet: ${stepById(protocol, r.stepId).label} van ${formatDay(r.from)} naar ${formatDay(r.to)}`,
      detail: r.reason,
      ...(r.pupilId ? { aboutPupilId: r.pupilId } : {}),
    });
  for (const h of zaak.handovers ?? []) entries.push({ at: h.at, by: h.by, title: 'Leiding overgedragen', staffIds: [h.from, h.to] });
  // A conversation held on two tablets apart: both stay above; the lead's decision names both.
  for (const r of zaak.reconciliations ?? [])
    entries.push({
      at: r.at,
      by: r.by,
      title: `Vastgelegd welk gesprek geldt: ${stepById(protocol, r.stepId).label}, vastgelegd op ${formatMoment(r.kept)} (ook vastgelegd: ${r.versions.filter((v) => v !== r.kept).map(formatMoment).join(', ')})`,
      detail: r.note,
    });
  const pupilName = (id: string) => {
    const p = pupils.find((x) => x.id === id);
    return p ? `${p.firstName} ${p.lastName}` : 'een leerling';
  };
  for (const k of zaak.corrections ?? []) {
    // A correction of another child's part (their action, their extra stap) is about that child.
    const about = k.field.startsWith('action:') ? k.field.slice(7) : k.pupilId;
    entries.push({
      at: k.at,
      by: k.by,
      title: `Gecorrigeerd: ${stepById(protocol, k.stepId).label} — ${correctionLabel(protocol, k, pupilName)}`,
      detail: `Reden: ${k.reason}`,
      correction: correctionText(k),
      ...(about ? { aboutPupilId: about } : {}),
    });
  }
  for (const k of zaak.closingCorrections ?? [])
    entries.push({ at: k.at, by: k.by, title: 'Gecorrigeerd: de toelichting bij het sluiten', detail: `Reden: ${k.reason}`, correction: { was: k.from, now: k.to }, detailAboutOthers: true });
  for (const r of zaak.reopenings) entries.push({ at: r.at, by: r.by, title: 'Zaak heropend', detail: r.reason });
  if (zaak.closing)
    entries.push({
      at: zaak.closing.at,
      by: zaak.closing.by,
      title: `Zaak gesloten: ${closingReasons.find((c) => c.id === zaak.closing!.reason)?.label ?? ''}`,
      detail: zaak.closing.note || undefined,
      detailAboutOthers: true,
    });
  return entries.sort((a, b) => a.at.localeCompare(b.at));
}

/** Each correction of a melding or its triage: what, and why; what it was and became for the staff's record. */
function meldingCorrectionEntries(m: Melding): TimelineEntry[] {
  return (m.corrections ?? []).map((k) => ({ at: k.at, by: k.by, title: `Melding gecorrigeerd: ${meldingFieldLabel(k.field)}`, detail: `Reden: ${k.reason}`, correction: { was: k.from, now: k.to } }));
}

/** Everything about one pupil: meldingen about them, their own zaken, and support groups they joined. */
export function pupilTimeline(
  protocol: ProtocolDefinition,
  pupilId: string,
  meldingen: readonly Melding[],
  zaken: readonly Zaak[],
  incidents: readonly Incident[] = [],
  /** The child: a rename is an event of their own timeline too. */
  self?: Pick<Pupil, 'firstName' | 'lastName' | 'formerNames'>,
): (TimelineEntry & { zaakId?: string; meldingId?: string })[] {
  const entries: (TimelineEntry & { zaakId?: string; meldingId?: string })[] = [];
  for (const r of self ? renamesSince(self, '') : []) entries.push({ at: r.at, by: r.by, title: `Naam gewijzigd: ${r.from} heet nu ${r.to}`, detail: 'Wat eerder is vastgelegd, gebruikt de oude naam.' });
  for (const i of incidents) {
    const part = i.involved.find((p) => p.pupilId === pupilId)?.part;
    if (part)
      entries.push({ at: i.occurredAt, by: i.recordedBy, title: `Pleinincident (${part})`, detail: [i.area, i.note].filter(Boolean).join(': ') || undefined });
  }
  for (const held of meldingen)
    if (held.pupilIds.includes(pupilId)) {
      const m = asCorrectedMelding(held);
      entries.push({ at: m.createdAt, by: m.recordedBy, title: 'Melding', detail: m.description, meldingId: m.id });
      entries.push(...meldingCorrectionEntries(m).map((e) => ({ ...e, meldingId: m.id })));
    }
  for (const zaak of zaken) {
    if (zaak.bulliedPupilId === pupilId)
      for (const entry of zaakTimeline(protocol, zaak)) entries.push({ ...entry, zaakId: zaak.id });
    else if (zaak.members.some((m) => m.pupilId === pupilId)) {
      const stap1 = zaak.conversations.find((c) => c.stepId === 'stap1');
      const role = protocol.roles.find((r) => r.id === zaak.members.find((m) => m.pupilId === pupilId)!.role);
      if (stap1) entries.push({ at: stap1.recordedAt, by: stap1.recordedBy, title: 'Lid van een supportgroep', ...(role ? { detail: `rol: ${role.label}` } : {}), zaakId: zaak.id });
      // The child's own extra stap: what the zaak's timeline says about them, and nothing else.
      for (const entry of zaakTimeline(protocol, zaak)) if (entry.aboutPupilId === pupilId) entries.push({ ...entry, zaakId: zaak.id });
    }
  }
  return entries.sort((a, b) => a.at.localeCompare(b.at));
}
