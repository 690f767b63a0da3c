/*
 * Rules for calendar dates (yyyy-mm-dd) that the API and the web apply alike, so that a form refuses what the
 * server would. `today` is London's (londonToday). Each answers what to fix, or null when the date is fine.
 */

/** A date that must not be in the past: a due date, a review date. */
export function pastDateProblem(label: string, value: string | null | undefined, today: string): string | null {
  return value && value < today ? `${label} must be today or in the future` : null;
}

/** A date that must not be in the future: when something happened, a date of birth. */
export function futureDateProblem(label: string, value: string | null | undefined, today: string): string | null {
  return value && value > today ? `${label} must be today or in the past` : null;
}

/** A date that must fall after another (an end after its start; a next review after the date mapped). */
export function dateOrderProblem(
  later: { label: string; value: string | null | undefined },
  earlier: { label: string; value: string | null | undefined },
  allowSameDay = false,
): string | null {
  if (!later.value || !earlier.value) return null;
  if (later.value > earlier.value || (allowSameDay && later.value === earlier.value)) return null;
  return `${later.label} must be ${allowSameDay ? 'the same as or ' : ''}after ${earlier.label.toLowerCase()}`;
}

/**
 * A date the person set or changed must not be in the past; one that is unchanged may be (an overdue task's due
 * date stays as it was when its title is corrected).
 */
export function changedPastDateProblem(
  label: string,
  value: string | null | undefined,
  previous: string | null | undefined,
  today: string,
): string | null {
  return value && value === (previous ?? null) ? null : pastDateProblem(label, value, today);
}
