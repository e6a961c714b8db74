import * as z from 'zod/mini';
import type { AgendaItem } from '../case/agenda';
import type { Zaak } from '../case/zaak';
import type { PupilSignals } from '../incidents/repeated-targeting';
import { isFromMailbox, type Melding } from '../melding';
import type { Pupil } from '../pupils';
import { activeStaff, type StaffMember } from '../staff';
import { isoDateTime, recordId } from '../text-fields';

/**
 * "Nieuw voor u": what reached the school that a colleague must act on, per the protocol, until
 * they mark it read. A new melding goes to the teachers of the children's groups and to the
 * interne vertrouwenspersonen (they judge it, stap 1 of the protocol); a note from the blue mailbox
 * to the IVPs, who empty it; a repeated-targeting signal to the child's teacher and the IVPs; an
 * evaluation past its day to whoever leads the zaak and to the IB'er, who watches the zaken.
 * Whoever recorded something is not told of it. Pure: the reads are records like any other, so
 * they travel between tablets and each reader's name and moment stay in the zaak's history.
 */

export type AlertKind = 'melding' | 'brievenbus' | 'signaal' | 'evaluatie';

export interface Alert {
  /** Stable for what it is about, so a read stays read (a new signal later is a new alert). */
  key: string;
  kind: AlertKind;
  since: string;
  meldingId?: string;
  zaakId?: string;
  pupilId?: string;
  /** For an overdue evaluation: which conversation. */
  item?: AgendaItem;
}

export const alertReadSchema = z.object({
  id: recordId,
  alertKey: z.string().check(z.maxLength(300)),
  staffId: recordId,
  readAt: isoDateTime,
});
export type AlertRead = z.infer<typeof alertReadSchema>;

export interface AlertInputs {
  meldingen: readonly Melding[];
  zaken: readonly Zaak[];
  staff: readonly StaffMember[];
  pupils: readonly Pupil[];
  /** The repeated-targeting signals of the whole school (every tablet's incidents count). */
  signals: readonly PupilSignals[];
  /** The agenda's conversations past their day. */
  overdue: readonly AgendaItem[];
  reads: readonly AlertRead[];
}

const withRole = (staff: readonly StaffMember[], role: StaffMember['roles'][number]) => activeStaff(staff).filter((s) => s.roles.includes(role)).map((s) => s.id);

/** The teachers of the groups these children are in. */
function teachersOf(inputs: Pick<AlertInputs, 'staff' | 'pupils'>, pupilIds: readonly string[]): string[] {
  const groups = new Set(pupilIds.map((id) => inputs.pupils.find((p) => p.id === id)?.groupId).filter(Boolean));
  return activeStaff(inputs.staff)
    .filter((s) => s.roles.includes('leerkracht') && s.groupIds.some((g) => groups.has(g)))
    .map((s) => s.id);
}

/** Everyone who must hear of `alert`, by the protocol's roles. */
export function recipientsOf(alert: Alert, inputs: Pick<AlertInputs, 'staff' | 'pupils' | 'zaken' | 'meldingen'>): Set<string> {
  const ivps = withRole(inputs.staff, 'ivp');
  switch (alert.kind) {
    case 'melding': {
      const melding = inputs.meldingen.find((m) => m.id === alert.meldingId);
      return new Set([...teachersOf(inputs, melding?.pupilIds ?? []), ...ivps, ...withRole(inputs.staff, 'ib')]);
    }
    case 'brievenbus':
      return new Set(ivps);
    case 'signaal':
      return new Set([...teachersOf(inputs, alert.pupilId ? [alert.pupilId] : []), ...ivps]);
    case 'evaluatie': {
      const zaak = inputs.zaken.find((z) => z.id === alert.zaakId);
      return new Set([...(zaak ? [zaak.leadStaffId] : []), ...withRole(inputs.staff, 'ib')]);
    }
  }
}

/** Every alert there is now, for anyone. */
export function currentAlerts(inputs: AlertInputs): Alert[] {
  const alerts: Alert[] = [];
  for (const m of inputs.meldingen) {
    if (m.status !== 'nieuw') continue;
    alerts.push(isFromMailbox(m) ? { key: `brievenbus:${m.id}`, kind: 'brievenbus', since: m.createdAt, meldingId: m.id } : { key: `melding:${m.id}`, kind: 'melding', since: m.createdAt, meldingId: m.id });
  }
  for (const group of inputs.signals) {
    const latest = group.signals.flatMap((s) => s.events.map((e) => e.day)).sort().at(-1) ?? '';
    alerts.push({ key: `signaal:${group.pupilId}:${latest}`, kind: 'signaal', since: latest, pupilId: group.pupilId });
  }
  for (const item of inputs.overdue) {
    if (item.stepId !== 'stap3' && item.stepId !== 'stap4' && item.stepId !== 'extra') continue;
    alerts.push({ key: `evaluatie:${item.zaakId}:${item.stepId}:${item.round}${item.pupilId ? `:${item.pupilId}` : ''}`, kind: 'evaluatie', since: item.dueOn ?? '', zaakId: item.zaakId, item });
  }
  return alerts;
}

/** What is new for `staffId`: addressed to them, not recorded by them, not yet marked read by them. Newest first. */
export function newFor(staffId: string, inputs: AlertInputs): Alert[] {
  const read = new Set(inputs.reads.filter((r) => r.staffId === staffId).map((r) => r.alertKey));
  return currentAlerts(inputs)
    .filter((a) => !read.has(a.key))
    .filter((a) => recipientsOf(a, inputs).has(staffId))
    .filter((a) => !a.meldingId || inputs.meldingen.find((m) => m.id === a.meldingId)?.recordedBy !== staffId)
    .sort((a, b) => b.since.localeCompare(a.since));
}

/** Who read the alerts about this melding or zaak, and when: for its history. */
export function readsAbout(reads: readonly AlertRead[], about: { meldingId?: string; zaakId?: string }): AlertRead[] {
  return reads
    .filter((r) => (about.meldingId && (r.alertKey === `melding:${about.meldingId}` || r.alertKey === `brievenbus:${about.meldingId}`)) || (about.zaakId && r.alertKey.startsWith(`evaluatie:${about.zaakId}:`)))
    .sort((a, b) => a.readAt.localeCompare(b.readAt));
}

export const alertTitles: Record<AlertKind, string> = {
  melding: 'Nieuwe melding',
  brievenbus: 'Briefje uit de blauwe brievenbus',
  signaal: 'Signaal: mogelijk pesten',
  evaluatie: 'Evaluatie te laat',
};

/** The reads that name a record about to be deleted (AVG): they go with it. */
export function readsToForget(reads: readonly AlertRead[], gone: { pupilIds: readonly string[]; zaakIds: readonly string[]; meldingIds: readonly string[] }): string[] {
  const ids = new Set([...gone.pupilIds, ...gone.zaakIds, ...gone.meldingIds]);
  return reads.filter((r) => r.alertKey.split(':').some((part) => ids.has(part))).map((r) => r.id);
}
