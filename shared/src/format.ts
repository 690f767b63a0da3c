/** Figures and dates in the words a published document uses (GOV.UK style), the same on screen and on paper. */

const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const LONDON_DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });
const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const NUMBER = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** A calendar date (yyyy-mm-dd) or a moment (read in UK time) as "5 January 2026"; anything else as given. */
export function formatDay(value: string | Date | null | undefined): string {
  if (!value) return 'Not recorded';
  const isDay = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
  const date = isDay ? new Date(`${value}T00:00:00Z`) : new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  return (isDay ? DAY : LONDON_DAY).format(date);
}

/** A month (yyyy-mm) as "January 2026". */
export function formatMonth(yearMonth: string): string {
  const date = new Date(`${yearMonth}-01T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? yearMonth : MONTH.format(date);
}

/** "1 January 2026 to 30 June 2026". */
export function formatPeriod(from: string, to: string): string {
  return `${formatDay(from)} to ${formatDay(to)}`;
}

/** 12500 as "12,500"; 3.25 as "3.3"; a missing figure as "0" (nothing recorded is none). */
export function formatCount(value: unknown): string {
  const n = Number(value ?? 0);
  return Number.isFinite(n) ? NUMBER.format(n) : '0';
}

/** A share (0 to 1) as "67%"; no share (nothing to divide) as "Not applicable". */
export function formatPercent(share: number | null | undefined): string {
  return share === null || share === undefined || !Number.isFinite(share) ? 'Not applicable' : `${Math.round(share * 100)}%`;
}

/** Pounds as "£12,500", with pence only when there are any ("£12,500.50"). */
export function formatGbp(value: unknown): string {
  const n = Number(value ?? 0);
  const pence = Number.isFinite(n) && !Number.isInteger(n);
  return new Intl.NumberFormat('en-GB', {
    style: 'currency',
    currency: 'GBP',
    minimumFractionDigits: pence ? 2 : 0,
    maximumFractionDigits: pence ? 2 : 0,
  }).format(Number.isFinite(n) ? n : 0);
}

/** A change between periods: "+2", "−1" (a true minus sign) or "No change". */
export function formatChange(change: number): string {
  if (!change) return 'No change';
  return change > 0 ? `+${formatCount(change)}` : `\u2212${formatCount(-change)}`;
}
