import { render } from 'preact';
import { dutchMessage, messages } from '../data/errors';
import { noStoreHere, readVaultHint, writeVaultHint } from '../data/vault-hint';
import { showSetup, showStartError, useLock } from '../features/session/lock-store';
import { useNotice, setNotice } from '../features/session/notice-store';
import { enterLocked } from '../features/session/session-actions';
import { App } from './App';
import { preloadScreen } from './Lazy';
import { homeScreen, routesScreen, setupScreen } from './lazy-screens';
import { applyStyles } from './apply-styles';
import { forgetRemovedHandlers } from './forget-removed-handlers';
import { applyUpdatesAtTheLock, registerServiceWorker } from './update-store';

/** A User Timing mark for `npm run bench`: the first screen a person can use has been drawn. */
const firstScreenDrawn = () =>
  new Promise<void>((resolve) =>
    requestAnimationFrame(() => {
      performance.mark('kring:first-screen');
      // After the frame: what comes next (opening the store) waits until the screen is up.
      setTimeout(resolve, 0);
    }),
  );

/**
 * Opens the store and says what is in it: a first start, or a school (demo or not) behind the lock.
 * A screen drawn from the hint is corrected when the store says otherwise. A first start known for
 * certain (no Kring database) is not: the person may already be setting up or joining a school, and
 * a store read before that began must not send them back.
 */
async function readStore(hintedDemo: boolean | null, certainFirstStart: boolean): Promise<void> {
  const [{ vaultState }, { onDatabaseNotice }] = await Promise.all([import('../data/vault-state'), import('../data/connection')]);
  onDatabaseNotice(setNotice);
  const state = await vaultState();
  // The old tab let go: the upgrade went through, so the warning about it has done its job.
  if (useNotice.getState().notice === messages.upgradeBlocked) setNotice(null);
  if (certainFirstStart) return;
  writeVaultHint(state);
  if (state.kind === 'empty') showSetup();
  else if (hintedDemo !== state.isDemo) enterLocked(state.isDemo);
}

async function boot(): Promise<void> {
  applyStyles();
  // A tablet that held a school last time draws its lock screen at once, from a hint in
  // localStorage; the store (Dexie and all) is opened after that frame, while the person types,
  // and says what is really there.
  const hint = readVaultHint();
  const hintedDemo = hint?.kind === 'locked' ? hint.isDemo : null;
  if (hintedDemo !== null) enterLocked(hintedDemo);
  // Without a hint this is most likely a first start. Where the browser can tell that there is no
  // Kring database at all, it certainly is one: the setup screen is drawn straight away, without
  // Dexie. Otherwise its code is fetched alongside the store's, not after it.
  const certainFirstStart = hintedDemo === null && (await noStoreHere());
  if (certainFirstStart) {
    await preloadScreen(setupScreen).catch(() => undefined);
    showSetup();
  } else if (hintedDemo === null) void preloadScreen(setupScreen).catch(() => undefined);
  forgetRemovedHandlers();
  render(<App />, document.getElementById('app')!);
  const drawnAtOnce = useLock.getState().phase !== 'booting';
  try {
    if (drawnAtOnce) await firstScreenDrawn();
    await readStore(hintedDemo, certainFirstStart);
    if (!drawnAtOnce) await firstScreenDrawn();
  } catch (error) {
    showStartError(`Kring kon niet starten. ${dutchMessage(error)}`);
    // A lock or setup screen drawn before the store was read would only fail later: say it now.
    const { phase } = useLock.getState();
    if (phase === 'locked' || phase === 'setup') useLock.setState({ phase: 'booting' });
  }
  const registered = registerServiceWorker();
  applyUpdatesAtTheLock();
  const warmedUp = useLock.getState().phase === 'locked' ? warmUpForUnlock() : undefined;
  // For `npm run bench`: the start's own work is done, so the next cold start begins from rest.
  await Promise.all([registered, warmedUp]);
  performance.mark('kring:settled');
}

/**
 * While the person types the passphrase, the code that unlocking and the start screen need is read
 * (from the service worker's cache): once the key is open, only the records are left to do.
 */
function warmUpForUnlock(): Promise<void> {
  const idle = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 50));
  return new Promise((resolve) =>
    idle(() => {
      void Promise.all([import('../features/lock/lock-actions'), import('../data/school-data'), import('../data/key-rotation'), preloadScreen(routesScreen), preloadScreen(homeScreen)])
        .catch(() => undefined)
        .then(() => resolve());
    }),
  );
}

void boot();
