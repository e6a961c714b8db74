import { isoDay } from './dates';

/**
 * The one source of "now" in Kring. Screens and actions ask it and hand dates to the domain, whose
 * functions take them as arguments; tests fix it, so nothing depends on the day a suite runs.
 */
let read: () => number = () => Date.now();

export const clock = {
  now: (): Date => new Date(read()),
  ms: (): number => read(),
  /** Today's calendar day on this device, YYYY-MM-DD. */
  today: (): string => isoDay(new Date(read())),
  /** Tests only: a fixed or moving time; null goes back to the system clock. */
  set(source: (() => number) | null): void {
    read = source ?? (() => Date.now());
  },
};
