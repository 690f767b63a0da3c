import { AppError } from '../../core/errors/app-error.js';

/** A report covers at most three years: enough for any published comparison, and bounded in cost. */
const MAX_DAYS = 3 * 366;

export function checkReportPeriod(from: string, to: string): void {
  const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
  if (Number.isNaN(days)) throw AppError.badInput('from', 'Enter real dates as yyyy-mm-dd');
  if (days < 0) throw AppError.badInput('to', 'The last day must be on or after the first day');
  if (days > MAX_DAYS) throw AppError.badInput('from', 'Choose a period of at most three years');
}
