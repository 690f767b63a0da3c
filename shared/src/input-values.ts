/*
 * What a stored value may hold, checked before anything reaches the database: PostgreSQL refuses a NUL
 * character in text and a lone UTF-16 surrogate in JSON, and a calendar date must be a day that exists.
 */

/** The years a calendar date may fall in: wide enough for any date of birth or deadline, narrow enough to be real. */
export const CALENDAR_YEARS = { min: 1900, max: 2199 } as const;

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a piece of text cannot be stored as it is, or null when it can. */
export function textProblem(value: string): string | null {
  if (value.includes('\u0000')) return 'Remove the null character (U+0000): it cannot be stored';
  if (LONE_SURROGATE.test(value)) return 'Remove the broken character (an unpaired UTF-16 surrogate): it cannot be stored';
  return null;
}

/** True for yyyy-mm-dd naming a day that exists, in CALENDAR_YEARS. */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [+m[1], +m[2], +m[3]];
  if (y < CALENDAR_YEARS.min || y > CALENDAR_YEARS.max) return false;
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** True for a finite number with at most `places` decimal places (so never 1e-320 or 0.1 + 0.2). */
export function hasDecimalPlaces(value: unknown, places: number): value is number {
  return typeof value === 'number' && Number.isFinite(value) && Number(value.toFixed(places)) === value;
}
