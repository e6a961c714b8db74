import type { Guarded, SetAside } from '../../data/sync/guard-ledger';
import type { SchoolData } from '../../data/school-data';
import type { RoleView } from '../../domain/privacy/role-view';
import { formatMoment } from '../../domain/dates';
import { guardedText, setAsideText } from './sync-texts';

/**
 * What the server sent that this tablet did not take, in words: documents set aside (each on its
 * own), and what the server tried that Kring undid. The administration sees which record; others
 * only that something happened (a glance must not learn of another group's zaak).
 */
export function SyncGuarded({ setAside, guarded, data, view }: { setAside: readonly SetAside[]; guarded: readonly Guarded[]; data: SchoolData; view: RoleView }) {
  if (setAside.length === 0 && guarded.length === 0) return null;
  return (
    <section aria-labelledby="sync-guarded-title" class="sync-guarded">
      <h3 id="sync-guarded-title">Tegengehouden van de server</h3>
      {setAside.length > 0 && <p class="notice notice--error">{setAsideText(setAside)}</p>}
      {guarded.length > 0 && (
        <>
          <p>Wat de server probeerde en wat Kring deed (nieuwste eerst). Er is niets verloren gegaan; meld het aan de beheerder van de server.</p>
          <ol class="timeline" aria-label="Tegengehouden">
            {guarded.slice(0, 10).map((g) => (
              <li key={`${g.at}-${g.kind}-${g.id}`}>
                <strong>{guardedText(g, view === 'alles' ? data : null)}</strong>
                <span class="timeline__meta">{formatMoment(g.at)}</span>
              </li>
            ))}
          </ol>
          {guarded.length > 10 && <p class="field__hint">En nog {guarded.length - 10} eerder.</p>}
        </>
      )}
    </section>
  );
}
