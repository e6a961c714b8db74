import type { SchoolData } from '../../data/school-data';
import type { SyncConflict } from '../../data/sync/sync-engine';
import { formatMoment } from '../../domain/dates';
import { useState } from 'preact/hooks';
import { dutchMessage } from '../../data/errors';
import { Outcome } from '../../ui/Outcome';
import { chooseVersion } from './sync-actions';

/**
 * Records two tablets changed apart in ways neither rule settles: every version side by side, and
 * the one chosen stays, on every tablet. Until then all are kept (nothing is dropped by itself).
 */
export function SyncConflicts({ conflicts, data }: { conflicts: readonly SyncConflict[]; data: SchoolData }) {
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  if (conflicts.length === 0) return done ? <Outcome status={done} /> : null;
  return (
    <section class="card" aria-labelledby="sync-conflicts-title">
      <h2 id="sync-conflicts-title">Verschillen tussen tablets</h2>
      <p>
        Op twee tablets is hetzelfde gegeven tegelijk anders gewijzigd. Kies welke versie blijft; de andere verdwijnt dan op alle tablets.
      </p>
      {conflicts.map((conflict) => (
        <fieldset key={conflict.docId} class="field conflict">
          <legend>Verschil bij {what(conflict, data)}</legend>
          <div class="choices choices--two">
            {conflict.versions.map((version, i) => (
              <button
                key={version.rev}
                type="button"
                class="button conflict__choice"
                onClick={() =>
                  void chooseVersion(conflict.docId, version.rev).then(
                    () => setDone('De gekozen versie staat nu op alle tablets.'),
                    (e: unknown) => setError(dutchMessage(e)),
                  )
                }
              >
                <strong>Versie {i + 1} bewaren:</strong> {describe(version.record as Record<string, unknown>, data)}
              </button>
            ))}
          </div>
        </fieldset>
      ))}
      <Outcome error={error} />
    </section>
  );
}

function what(conflict: SyncConflict, data: SchoolData): string {
  if (conflict.table === 'pupils') return 'een leerling';
  if (conflict.table === 'zaken') {
    const zaak = conflict.versions[0]!.record as { bulliedPupilId?: string };
    const pupil = data.pupils.find((p) => p.id === zaak.bulliedPupilId);
    return pupil ? `de zaak van ${pupil.firstName} ${pupil.lastName}` : 'een zaak';
  }
  if (conflict.table === 'meldingen') return 'een melding';
  if (conflict.table === 'staff') return 'een medewerker';
  if (conflict.table === 'school') return 'de instellingen van de school';
  return 'een gegeven';
}

/** Enough of a version to tell it from the other: its name or text, what it holds, and when it changed. */
function describe(r: Record<string, unknown>, data: SchoolData): string {
  const name = [r.firstName, r.lastName].filter(Boolean).join(' ') || (r.name as string | undefined) || (r.description as string | undefined) || (r.what as string | undefined) || '';
  const group = typeof r.groupId === 'string' ? data.groups.find((g) => g.id === r.groupId)?.name : undefined;
  const parts = [
    name,
    group ? `groep ${group}` : '',
    Array.isArray(r.conversations) ? `${r.conversations.length} gesprekken` : '',
    typeof r.status === 'string' ? `status ${r.status}` : '',
    typeof r.updatedAt === 'string' ? `gewijzigd ${formatMoment(r.updatedAt)}` : '',
  ];
  return parts.filter(Boolean).join(' · ') || 'zonder omschrijving';
}
