import { LockScreen } from '../features/lock/LockScreen';
import { WithDossierCheck } from './WithDossierCheck';
import { useLock } from '../features/session/lock-store';
import { useNotice } from '../features/session/notice-store';
import { useSchool } from '../features/session/school-store';
import { useSeal } from '../features/session/seal-store';
import { DemoRibbon } from './DemoRibbon';
import { Lazy } from './Lazy';
import { routesScreen, setupScreen } from './lazy-screens';
import { UpdateBanner } from './UpdateBanner';

/**
 * Inside another page's frame, that page could lay itself over Kring and catch what is typed or
 * tapped (clickjacking). A meta CSP cannot forbid framing, and a plain static host may send no
 * header, so Kring itself refuses to open there: no lock field, no setup, nothing of the school.
 */
const framed = (() => {
  try {
    return window.self !== window.top;
  } catch {
    return true;
  }
})();

export function App() {
  if (framed)
    return (
      <main id="main" class="page page--narrow">
        <h1>Kring opent niet binnen een andere pagina</h1>
        <p>Open Kring in een eigen tabblad of vanaf het beginscherm van de tablet. Binnen een andere website kan die website meekijken met wat u typt.</p>
      </main>
    );
  return <Kring />;
}

function Kring() {
  const { phase, isDemo, startError } = useLock();
  const data = useSchool((s) => s.data);
  const notice = useNotice((s) => s.notice);
  const sealed = useSeal((s) => s.seal) !== null && phase === 'unlocked';
  return (
    <>
      {/* Gespreksmodus has no navigation to skip, and children get no link at all. */}
      {!sealed && (
        <a class="skip-link" href="#main" onClick={skipToContent}>
          Naar de inhoud
        </a>
      )}
      {isDemo && phase !== 'setup' && <DemoRibbon />}
      <section aria-label="Berichten van Kring" class="notices">
        <UpdateBanner />
        {notice && (
          <p class="banner banner--warning" role="alert">
            {notice}
          </p>
        )}
      </section>
      {phase === 'booting' && (
        <main id="main" class="page page--narrow">
          <p class="loading">{startError ?? 'Kring wordt gestart…'}</p>
        </main>
      )}
      {phase === 'setup' && (
        <WithDossierCheck>
          <Lazy load={setupScreen} props={{}} />
        </WithDossierCheck>
      )}
      {phase === 'locked' && (
        <WithDossierCheck>
          <LockScreen isDemo={isDemo} />
        </WithDossierCheck>
      )}
      {phase === 'unlocked' && data && <Lazy load={routesScreen} props={{ data }} />}
    </>
  );
}

/** Moves focus to the page's content without touching the address: "#main" is not a route. */
function skipToContent(event: Event): void {
  event.preventDefault();
  const main = document.getElementById('main');
  if (!main) return;
  if (!main.hasAttribute('tabindex')) main.setAttribute('tabindex', '-1');
  main.focus();
}
