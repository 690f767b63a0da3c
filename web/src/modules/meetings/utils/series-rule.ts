/** The meeting rule in plain words, and the RFC 5545 RRULE the API takes (FREQ=MONTHLY;INTERVAL=n;BYDAY=<k><DD>). */
export type WeekOfMonth = '1' | '2' | '3' | '4' | '-1';
export type Weekday = 'MO' | 'TU' | 'WE' | 'TH' | 'FR';
export type Interval = '1' | '2' | '3';

export type SeriesRule = { week: WeekOfMonth; day: Weekday; interval: Interval };

export const WEEK_OPTIONS: { value: WeekOfMonth; label: string }[] = [
  { value: '1', label: 'First' },
  { value: '2', label: 'Second' },
  { value: '3', label: 'Third' },
  { value: '4', label: 'Fourth' },
  { value: '-1', label: 'Last' },
];

export const DAY_OPTIONS: { value: Weekday; label: string }[] = [
  { value: 'MO', label: 'Monday' },
  { value: 'TU', label: 'Tuesday' },
  { value: 'WE', label: 'Wednesday' },
  { value: 'TH', label: 'Thursday' },
  { value: 'FR', label: 'Friday' },
];

export const INTERVAL_OPTIONS: { value: Interval; label: string }[] = [
  { value: '1', label: 'Month' },
  { value: '2', label: '2 months' },
  { value: '3', label: '3 months' },
];

export const DEFAULT_RULE: SeriesRule = { week: '2', day: 'TU', interval: '2' };

export function buildRule({ week, day, interval }: SeriesRule): string {
  return `FREQ=MONTHLY;INTERVAL=${interval};BYDAY=${week}${day}`;
}

/** The plain-words choices for a stored rule; null when the rule is one this form cannot show. */
export function parseRule(rule: string): SeriesRule | null {
  const parts = Object.fromEntries(
    rule
      .toUpperCase()
      .split(';')
      .map((p) => p.split('=') as [string, string]),
  );
  if (parts.FREQ !== 'MONTHLY') return null;
  const interval = parts.INTERVAL ?? '1';
  const byDay = /^(-1|[1-4])(MO|TU|WE|TH|FR)$/.exec(parts.BYDAY ?? '');
  if (!byDay || !['1', '2', '3'].includes(interval)) return null;
  return { week: byDay[1] as WeekOfMonth, day: byDay[2] as Weekday, interval: interval as Interval };
}

/** "Second Tuesday of the month, every 2 months". */
export function describeRule(rule: string): string {
  const parsed = parseRule(rule);
  if (!parsed) return rule;
  const week = WEEK_OPTIONS.find((w) => w.value === parsed.week)?.label ?? '';
  const day = DAY_OPTIONS.find((d) => d.value === parsed.day)?.label ?? '';
  const every = parsed.interval === '1' ? 'every month' : `every ${parsed.interval} months`;
  return `${week} ${day} of the month, ${every}`;
}
