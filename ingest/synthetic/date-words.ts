// Dates as the genre writes them ("12 March 2021") and random days in a span, for the synthetic corpus.
import type { Random } from './seeded-random.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** Days 1-28 only: every month has them, so no calendar arithmetic is needed. */
const SAFE_LAST_DAY = 28;

export function isoDay(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `2021-03-12` -> `12 March 2021`. */
export function dayWords(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** A random day of a random month in [fromYear, toYear]. */
export function randomDay(rng: Random, fromYear: number, toYear: number): string {
  return isoDay(rng.int(fromYear, toYear), rng.int(1, 12), rng.int(1, SAFE_LAST_DAY));
}

/** A day `months` months after `iso` (the day of month kept, never past 28). */
export function monthsLater(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  return isoDay(Math.floor(total / 12), (total % 12) + 1, Math.min(d, SAFE_LAST_DAY));
}
