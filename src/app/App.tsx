import { useSession } from '../features/lock/session-store';
import { LockScreen } from '../features/lock/LockScreen';
import { SetupScreen } from '../features/setup/SetupScreen';
import { DemoRibbon } from './DemoRibbon';
import { Routes } from './Routes';
import { UpdateBanner } from './UpdateBanner';

export function App() {
  const { phase, isDemo, data, notice, startError } = useSession();
  return (
    <>
      <a class="skip-link" href="#main">
        Naar de inhoud
      </a>
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
      {phase === 'setup' && <SetupScreen />}
      {phase === 'locked' && <LockScreen isDemo={isDemo} />}
      {phase === 'unlocked' && data && <Routes data={data} />}
    </>
  );
}
