import { cleanup, configure } from '@testing-library/preact';
import { afterEach, beforeEach } from 'vitest';
import { clock } from '../../src/domain/clock';

// Encryption on a loaded CI machine can take longer than Testing Library's default second.
configure({ asyncUtilTimeout: 5000 });

/** Screens read "now" from Kring's clock: it starts on a fixed school day and runs (fake timers move it too). */
export const SCHOOL_DAY = new Date('2026-11-25T09:00:00');

beforeEach(() => {
  const offset = SCHOOL_DAY.getTime() - Date.now();
  clock.set(() => Date.now() + offset);
});
afterEach(() => {
  cleanup();
  clock.set(null);
});
