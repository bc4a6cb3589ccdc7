/** When a checked fact counts as old: the same threshold for pages and data entries. */
export const STALE_AFTER_DAYS = 180;

/**
 * A date from front matter or data as `YYYY-MM-DD`: YAML front matter may arrive as a Date
 * (or its JSON string) rather than the text written. Anything else → undefined.
 */
export function dayOf(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime()))
    return value.toISOString().slice(0, 10);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) return value.slice(0, 10);
  return undefined;
}

const utcDay = (day: string): number => Date.parse(`${day}T00:00:00Z`);

/** Whole days from `from` to `to` (both `YYYY-MM-DD`). */
export const daysBetween = (from: string, to: string): number =>
  Math.round((utcDay(to) - utcDay(from)) / 86_400_000);

/** Checked more than STALE_AFTER_DAYS days before `today`. */
export const isStale = (verified: string, today: string): boolean =>
  daysBetween(verified, today) > STALE_AFTER_DAYS;

/** The later of two days: a site served long after it was built is judged by today. */
export const laterDay = (a: string, b: string | undefined): string => (b && b > a ? b : a);
