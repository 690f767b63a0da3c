import { isIsoDate } from '../../../ui/DateField';

export type PeriodChoice = '3' | '6' | '12' | 'custom';
export type ThreatPictureFilterValues = { period: PeriodChoice; from: string; to: string; area: string; crimeType: string };

export const DEFAULT_THREAT_FILTER: ThreatPictureFilterValues = { period: '6', from: '', to: '', area: '', crimeType: '' };

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The dates the API is asked for: the last N whole months up to today, or the dates typed. */
export function periodDates(filter: ThreatPictureFilterValues, today = new Date()): { from: string; to: string } {
  if (filter.period === 'custom') return { from: filter.from, to: filter.to };
  const from = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - Number(filter.period) + 1, 1));
  return { from: iso(from), to: iso(today) };
}

export function filterErrors(filter: ThreatPictureFilterValues): { from?: string; to?: string } {
  if (filter.period !== 'custom') return {};
  const errors: { from?: string; to?: string } = {};
  if (!isIsoDate(filter.from)) errors.from = 'Enter the start date, for example 2026-01-01';
  if (!isIsoDate(filter.to)) errors.to = 'Enter the end date, for example 2026-06-30';
  if (!errors.from && !errors.to && filter.from > filter.to) errors.to = 'The end date must be on or after the start date';
  return errors;
}

export const PERIOD_OPTIONS = [
  { value: '3', label: 'Last 3 months' },
  { value: '6', label: 'Last 6 months' },
  { value: '12', label: 'Last 12 months' },
  { value: 'custom', label: 'Custom dates' },
];
