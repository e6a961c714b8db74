/**
 * Wrong guesses at the lock screen slow down: the first few are free (a typo happens), then each
 * wait doubles, up to five minutes. This guards the tablet in someone's hands; a copy of the store
 * taken elsewhere is guarded by the passphrase's strength and PBKDF2 instead.
 */
export const FREE_ATTEMPTS = 3;
const FIRST_WAIT_MS = 5_000;
const LONGEST_WAIT_MS = 5 * 60_000;

/** How long to wait after `failures` wrong attempts in a row before the next one is tried. */
export function waitAfterFailures(failures: number): number {
  if (failures <= FREE_ATTEMPTS) return 0;
  return Math.min(LONGEST_WAIT_MS, FIRST_WAIT_MS * 2 ** (failures - FREE_ATTEMPTS - 1));
}

/** Milliseconds still to wait at `now`, or 0 when a new attempt may be tried. */
export function waitLeft(failures: number, lastFailedAt: string | null, now: Date): number {
  const wait = waitAfterFailures(failures);
  if (!lastFailedAt || wait === 0) return 0;
  // A clock set back (or a stored time from the future) never makes the wait longer than the rule says.
  return Math.min(wait, Math.max(0, Date.parse(lastFailedAt) + wait - now.getTime()));
}
