import { useState } from 'preact/hooks';
import { dutchMessage } from '../../data/errors';
import type { SchoolData } from '../../data/school-data';
import type { SyncConflict } from '../../data/sync/sync-engine';
import { triageOutcomes } from '../../domain/case/triage';
import { formatMoment } from '../../domain/dates';
import { statusLabel, type MeldingStatus } from '../../domain/melding';
import { sameRecord } from '../../domain/transfer/merge';
import { Outcome } from '../../ui/Outcome';
import { chooseVersion } from './sync-actions';
import { what } from './visible-conflicts';

/**
 * Records two tablets changed apart in ways no rule settles: the versions side by side, each by what
 * differs, and the one chosen stays on every tablet. Until then all are kept (nothing is dropped by itself).
 */
export function SyncConflicts({ conflicts, data }: { conflicts: readonly SyncConflict[]; data: SchoolData }) {
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  // First a version is picked, then kept: one tap on a tablet in passing must not decide for the school.
  const [picked, setPicked] = useState<Record<string, string>>({});
  if (conflicts.length === 0) return done ? <Outcome status={done} /> : null;
  return (
    <section aria-labelledby="sync-conflicts-title" class="sync-conflicts">
      <h3 id="sync-conflicts-title">Verschillen tussen tablets</h3>
      <p>
        Dit is op twee tablets verschillend gewijzigd voordat ze elkaar bijwerkten. Kies welke versie blijft; de andere verdwijnt dan
        op alle tablets.
      </p>
      {conflicts.map((conflict) => (
        <fieldset key={conflict.docId} class="field conflict">
          <legend>Verschil bij {what(conflict, data)}</legend>
          <div class="choices choices--two">
            {/* This tablet's version first, so "de versie van deze tablet" is always the first. */}
            {[...conflict.versions].sort((a, b) => Number(b.here) - Number(a.here)).map((version, i) => (
              <button
                key={version.rev}
                type="button"
                class="button conflict__choice"
                aria-pressed={picked[conflict.docId] === version.rev}
                onClick={() => setPicked({ ...picked, [conflict.docId]: version.rev })}
              >
                <strong>{version.here ? 'De versie van deze tablet' : `De versie van een andere tablet${conflict.versions.filter((v) => !v.here).length > 1 ? ` (${i + 1})` : ''}`}</strong>
                <ul class="plain-list">
                  {differences(conflict, version.record as Record<string, unknown>, data).map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              </button>
            ))}
          </div>
          <button
            type="button"
            class="button button--primary"
            disabled={!picked[conflict.docId]}
            onClick={() =>
              void chooseVersion(conflict.docId, picked[conflict.docId]!).then(
                () => setDone('De gekozen versie staat nu op alle tablets.'),
                (e: unknown) => setError(dutchMessage(e)),
              )
            }
          >
            Gekozen versie bewaren op alle tablets
          </button>
        </fieldset>
      ))}
      <Outcome error={error} />
    </section>
  );
}

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
function differences(conflict: SyncConflict, mine: Record<string, unknown>, data: SchoolData): string[] {
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
