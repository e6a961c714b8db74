import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { Lazy } from './Lazy';
import { checkDossierScreen } from './lazy-screens';

/**
 * Kring's first screen (setting up, or the lock) with "Dossier controleren" beneath it: a receiver of
 * a dossier needs no school on this tablet. The check's code comes in a chunk of its own, on use.
 */
export function WithDossierCheck({ children }: { children: ComponentChildren }) {
  const [checking, setChecking] = useState(false);
  if (checking) return <Lazy load={checkDossierScreen} props={{ onBack: () => setChecking(false) }} />;
  return (
    <>
      {children}
      <aside class="page page--narrow check-entry no-print" aria-label="Voor wie een dossier ontving">
        <p>
          Kreeg u een dossier van een school?{' '}
          <button type="button" class="button button--quiet" onClick={() => setChecking(true)}>
            Dossier controleren
          </button>
        </p>
      </aside>
    </>
  );
}
