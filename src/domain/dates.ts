/** Dates as Kring shows them (nl-NL) and stores them (ISO, local calendar day). */

/**
 * A Dutch date format, made when first used: the first Intl formatter a fresh page builds loads the
 * locale's data (15–25 ms on this machine), which a cold start's lock screen does not need.
 */
function dutch(options: Intl.DateTimeFormatOptions): () => Intl.DateTimeFormat {
  let format: Intl.DateTimeFormat | undefined;
  return () => (format ??= new Intl.DateTimeFormat('nl-NL', options));
}

const longDate = dutch({ day: 'numeric', month: 'long', year: 'numeric' });
const dateTime = dutch({ day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
const clockTime = dutch({ hour: '2-digit', minute: '2-digit' });

/** "09:05": the time of day as a Dutch clock shows it. */
export function formatTime(at: Date): string {
  return clockTime().format(at);
}

/** The calendar day of `now` in the device's time zone, as YYYY-MM-DD. */
export function isoDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function formatDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  if (!y || !m || !d) return day;
  return longDate().format(new Date(y, m - 1, d));
}

export function formatMoment(iso: string): string {
  return dateTime().format(new Date(iso));
}

export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return isoDay(new Date(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + days));
}

/** "2026-2027" for any day from August 2026 to July 2027: Dutch school years start after the summer. */
export function schoolYearOf(day: string): string {
  const [y, m] = day.split('-').map(Number);
  const start = (m ?? 1) >= 8 ? y! : y! - 1;
  return `${start}-${start + 1}`;
}

/** The months of a Dutch school year in order, August first. */
export const SCHOOL_YEAR_MONTHS = [8, 9, 10, 11, 12, 1, 2, 3, 4, 5, 6, 7] as const;

const monthNames = { long: dutch({ month: 'long' }), short: dutch({ month: 'short' }) };

/** "november", or "nov" (1 = January). */
export function monthName(month: number, style: 'long' | 'short' = 'long'): string {
  return monthNames[style]().format(new Date(2026, month - 1, 1)).replace('.', '');
}
