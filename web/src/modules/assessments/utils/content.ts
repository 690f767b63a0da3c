import { CRIME_TYPE_LABELS, type CrimeType } from '@sentinel/shared';

export const ASSESSMENT_SECTIONS = [
  { key: 'summary', title: 'Summary' },
  { key: 'trends', title: 'Trends: scores and counts by month' },
  { key: 'crimeTypes', title: 'Crime types: current, emerging and predicted' },
  { key: 'emergingThreats', title: 'Emerging threats raised' },
  { key: 'highHarmPlaces', title: 'High-harm places' },
  { key: 'outcomes', title: 'Outcomes of the previous period’s activity' },
] as const;

/** "averageScore" becomes "Average score". */
export function humanise(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/_/g, ' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function parseContent(content: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(content);
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

export function display(value: unknown): string {
  if (value === null || value === undefined) return 'Not recorded';
  if (Array.isArray(value)) return value.map(display).join(', ');
  if (typeof value === 'number') return new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }).format(value);
  if (typeof value === 'string' && value in CRIME_TYPE_LABELS) return CRIME_TYPE_LABELS[value as CrimeType];
  if (typeof value === 'object')
    return Object.entries(value)
      .map(([k, v]) => `${humanise(k)}: ${display(v)}`)
      .join('; ');
  return String(value);
}

/** The naming column first (month, crime type, area, title), then the figures in the order given. */
const LEADING = ['month', 'crimeType', 'area', 'title', 'from', 'to'];
export function orderKeys(keys: string[]): string[] {
  return [
    ...keys.filter((k) => LEADING.includes(k)).sort((a, b) => LEADING.indexOf(a) - LEADING.indexOf(b)),
    ...keys.filter((k) => !LEADING.includes(k)),
  ];
}
