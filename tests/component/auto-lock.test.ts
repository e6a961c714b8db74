import { afterEach, describe, expect, it, vi } from 'vitest';
import { startAutoLock } from '../../src/features/lock/auto-lock';

function setVisibility(state: 'visible' | 'hidden') {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('locking by itself', () => {
  afterEach(() => {
    vi.useRealTimers();
    setVisibility('visible');
  });

  it('locks after the idle time without input, and input postpones it', () => {
    vi.useFakeTimers();
    const onLock = vi.fn();
    const stop = startAutoLock({ idleMs: 5 * 60_000, hiddenMs: 30_000, onLock });
    vi.advanceTimersByTime(4 * 60_000);
    window.dispatchEvent(new Event('pointerdown'));
    vi.advanceTimersByTime(4 * 60_000);
    expect(onLock).not.toHaveBeenCalled();
    vi.advanceTimersByTime(61_000);
    expect(onLock).toHaveBeenCalledTimes(1);
    stop();
  });

  it('does not lock for time without input while paused (gespreksmodus), and counts again from when it resumes; hidden still locks', () => {
    vi.useFakeTimers();
    const onLock = vi.fn();
    let sealed = true;
    const stop = startAutoLock({ idleMs: 5 * 60_000, hiddenMs: 30_000, onLock, idlePaused: () => sealed });
    vi.advanceTimersByTime(20 * 60_000);
    expect(onLock).not.toHaveBeenCalled();
    sealed = false;
    vi.advanceTimersByTime(4 * 60_000);
    expect(onLock).not.toHaveBeenCalled();
    vi.advanceTimersByTime(61_000);
    expect(onLock).toHaveBeenCalledTimes(1);
    stop();
    const hidden = vi.fn();
    const stopHidden = startAutoLock({ idleMs: 5 * 60_000, hiddenMs: 30_000, onLock: hidden, idlePaused: () => true });
    setVisibility('hidden');
    vi.advanceTimersByTime(31_000);
    expect(hidden).toHaveBeenCalledTimes(1);
    stopHidden();
  });

  it('locks when hidden for 30 seconds, not for a quick glance elsewhere', () => {
    vi.useFakeTimers();
    const onLock = vi.fn();
    const stop = startAutoLock({ idleMs: 60 * 60_000, hiddenMs: 30_000, onLock });
    setVisibility('hidden');
    vi.advanceTimersByTime(10_000);
    setVisibility('visible');
    expect(onLock).not.toHaveBeenCalled();
    setVisibility('hidden');
    vi.advanceTimersByTime(31_000);
    expect(onLock).toHaveBeenCalledTimes(1);
    stop();
  });

  it('locks on return when timers were frozen while hidden', () => {
    let clock = 0;
    const onLock = vi.fn();
    const stop = startAutoLock({ idleMs: 60 * 60_000, hiddenMs: 30_000, onLock, now: () => clock });
    setVisibility('hidden');
    clock = 45_000;
    setVisibility('visible');
    expect(onLock).toHaveBeenCalledTimes(1);
    stop();
  });
});
