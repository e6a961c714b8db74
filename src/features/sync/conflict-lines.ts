import type { SchoolData } from '../../data/school-data';
import type { SyncConflict } from '../../data/sync/sync-engine';
import { triageOutcomes } from '../../domain/case/triage';
import { formatMoment } from '../../domain/dates';
import { statusLabel, type MeldingStatus } from '../../domain/melding';
import { sameRecord } from '../../domain/transfer/merge';

/** Where two versions of a record differ, in a teacher's words: shown to choose, and kept with the choice. */

const labels: Record<string, string> = {
  name: 'Naam',
  firstName: 'Voornaam',
  lastName: 'Achternaam',
  groupId: 'Groep',
  status: 'Stand',
  triage: 'Beoordeling',
  description: 'Wat er is gebeurd',
  location: 'Waar',
  conversations: 'Gesprekken',
  leadStaffId: 'Leiding',
  members: 'Supportgroep',
  roles: 'Rollen',
  leadRole: 'Leiding als',
  handovers: 'Overdrachten',
  reschedules: 'Verzette gesprekken',
  closing: 'Afsluiting',
  reopenings: 'Heropend',
  tasksDone: 'Afgeronde taken',
};

/** What this version says where the versions differ, in a teacher's words. */
export function differences(conflict: SyncConflict, mine: Record<string, unknown>, data: SchoolData): string[] {
  const records = conflict.versions.map((v) => v.record as Record<string, unknown>);
  const keys = [...new Set(records.flatMap((r) => Object.keys(r)))].filter((k) => k !== 'updatedAt' && k !== 'rev' && !records.every((r) => sameRecord(r[k], records[0]![k])));
  const lines = keys.map((k) => `${labels[k] ?? 'Overig'}: ${valueText(k, mine[k], data)}`);
  if (typeof mine.updatedAt === 'string') lines.push(`Gewijzigd ${formatMoment(mine.updatedAt)}`);
  return [...new Set(lines)];
}

function valueText(field: string, value: unknown, data: SchoolData): string {
  if (value === undefined || value === null || value === '') return 'niet ingevuld';
  const staff = (id: unknown) => data.staff.find((s) => s.id === id)?.name ?? 'een collega';
  switch (field) {
    case 'status':
      return statusLabel(value as MeldingStatus);
    case 'groupId':
      return data.groups.find((g) => g.id === value)?.name ?? 'een andere groep';
    case 'leadStaffId':
      return staff(value);
    case 'triage': {
      const t = value as { outcome?: string; decidedBy?: string; decidedAt?: string };
      const outcome = triageOutcomes.find((o) => o.id === t.outcome)?.label ?? 'beoordeeld';
      return `${outcome}${t.decidedBy ? `, door ${staff(t.decidedBy)}` : ''}${t.decidedAt ? ` op ${formatMoment(t.decidedAt)}` : ''}`;
    }
    case 'conversations':
    case 'members':
      return `${(value as unknown[]).length}`;
    default:
      return typeof value === 'string' ? (value.length > 80 ? `${value.slice(0, 80)}…` : value) : typeof value === 'number' || typeof value === 'boolean' ? String(value) : 'anders ingevuld';
  }
}
