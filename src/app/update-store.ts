import { create } from 'zustand';
import { useLock } from '../features/session/lock-store';
import { flushAllDrafts } from '../ui/draft-registry';

/** A new build waits in the service worker until the user chooses to update. */
interface UpdateState {
  available: boolean;
  apply: (() => Promise<void>) | null;
}

export const useUpdate = create<UpdateState>()(() => ({ available: false, apply: null }));

const UPDATE_CHECK_MS = 60 * 60 * 1000;

let reloading = false;
function reloadOnce(): void {
  if (reloading) return;
  reloading = true;
  window.location.reload();
}

/**
 * Registers the service worker; workbox-window comes in a chunk of its own, after the first screen.
 * Resolves once it is registered (or could not be): the start's last piece of work.
 */
export async function registerServiceWorker(): Promise<void> {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  const { registerSW } = await import('virtual:pwa-register');
  let registered = () => {};
  const done = new Promise<void>((resolve) => (registered = resolve));
  const updateSW = registerSW({
    immediate: true,
    onNeedRefresh() {
      useUpdate.setState({
        available: true,
        // Never reload over typed input: every open form is written to its draft first.
        apply: async () => {
          await flushAllDrafts();
          // workbox-window reloads only for updates it found itself; one found by a later check is
          // "external" and would activate without a reload, leaving the old code running.
          navigator.serviceWorker.addEventListener('controllerchange', reloadOnce);
          await updateSW(true);
        },
      });
    },
    onRegisterError: () => registered(),
    onRegisteredSW(_url, registration) {
      registered();
      if (!registration) return;
      const check = () => {
        if (navigator.onLine) registration.update().catch(() => undefined);
      };
      window.setInterval(check, UPDATE_CHECK_MS);
      document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && check());
    },
  });
  await done;
}

/**
 * A natural break, as PROXX applies its updates: the moment Kring locks, every draft has been written
 * and no child's data is on screen, so a waiting update is applied then instead of waiting for a tap.
 */
export function applyUpdatesAtTheLock(): () => void {
  return useLock.subscribe((now, before) => {
    const { available, apply } = useUpdate.getState();
    if (before.phase === 'unlocked' && now.phase === 'locked' && available && apply) void apply();
  });
}
