import { clock } from '../../domain/clock';
/**
 * Locks after a stretch without input, and when the page has been hidden for a while. It compares
 * clock times instead of trusting one long timer, because browsers throttle timers in hidden tabs.
 */
export interface AutoLockOptions {
  idleMs: number;
  hiddenMs: number;
  onLock: () => void;
  /** While true, time without input does not count (the page hidden still does). */
  idlePaused?: () => boolean;
  now?: () => number;
}

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'input', 'wheel', 'touchstart'] as const;
const CHECK_EVERY_MS = 1000;

export function startAutoLock({ idleMs, hiddenMs, onLock, idlePaused = () => false, now = clock.ms }: AutoLockOptions): () => void {
  let lastActivity = now();
  let hiddenSince: number | null = document.visibilityState === 'hidden' ? now() : null;
  let stopped = false;

  const lock = () => {
    if (stopped) return;
    stop();
    onLock();
  };
  const check = () => {
    if (idlePaused()) lastActivity = now();
    if (now() - lastActivity >= idleMs) lock();
    else if (hiddenSince !== null && now() - hiddenSince >= hiddenMs) lock();
  };
  const onActivity = () => {
    lastActivity = now();
  };
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') hiddenSince = now();
    else {
      check();
      hiddenSince = null;
      lastActivity = now();
    }
  };

  for (const type of ACTIVITY_EVENTS) window.addEventListener(type, onActivity, { passive: true, capture: true });
  document.addEventListener('visibilitychange', onVisibility);
  const timer = window.setInterval(check, CHECK_EVERY_MS);

  function stop() {
    stopped = true;
    window.clearInterval(timer);
    for (const type of ACTIVITY_EVENTS) window.removeEventListener(type, onActivity, { capture: true });
    document.removeEventListener('visibilitychange', onVisibility);
  }
  return stop;
}
