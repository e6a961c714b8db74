import { useState } from 'preact/hooks';
import { dutchMessage } from '../../data/errors';
import type { SchoolData } from '../../data/school-data';
import type { SyncConflict } from '../../data/sync/sync-engine';
import { Outcome } from '../../ui/Outcome';
import { chooseVersion } from './sync-actions';
import { differences } from './conflict-lines';
import { what } from './visible-conflicts';
import { authorText } from './sync-texts';

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
        Dit is op twee tablets verschillend gewijzigd voordat ze elkaar bijwerkten. Kies welke versie geldt. De andere verdwijnt niet:
        die blijft leesbaar onder &lsquo;Eerdere keuzes&rsquo;, met wie koos en wanneer.
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
                <strong>{version.here ? 'De versie van deze tablet' : `De versie van ${version.by ? version.by.tablet : 'een andere tablet'}${!version.by && conflict.versions.filter((v) => !v.here).length > 1 ? ` (${i + 1})` : ''}`}</strong>
                {version.by && <span class="list__meta">{authorText(version.by, data)}</span>}
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
              void chooseVersion(conflict, picked[conflict.docId]!, data).then(
                () => setDone('De gekozen versie staat nu op alle tablets. De andere is bewaard onder ‘Eerdere keuzes’.'),
                (e: unknown) => setError(dutchMessage(e)),
              )
            }
          >
            Deze versie laten gelden op alle tablets
          </button>
        </fieldset>
      ))}
      <Outcome error={error} />
    </section>
  );
}
