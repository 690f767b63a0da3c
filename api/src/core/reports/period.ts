import { AppError } from '../errors/app-error.js';

/** A report covers at most three years: enough for any published comparison, and bounded in cost. */
const MAX_DAYS = 3 * 366;

/** The last 12 months ending on a day: a year back plus one day, so that the period is exactly a year long. */
export function defaultPeriod(today: string): { from: string; to: string } {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() - 1);
  d.setUTCDate(d.getUTCDate() + 1);
  return { from: d.toISOString().slice(0, 10), to: today };
}

/** Refuses a period that is not real dates, runs backwards, or is longer than three years. */
export function checkPeriod(from: string, to: string): void {
  const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
  if (Number.isNaN(days)) throw AppError.badInput('from', 'Enter real dates as yyyy-mm-dd');
  if (days < 0) throw AppError.badInput('to', 'The last day must be on or after the first day');
  if (days > MAX_DAYS) throw AppError.badInput('from', 'Choose a period of at most three years');
}
