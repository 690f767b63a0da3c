export type FigureUnit = 'count' | 'money' | 'kg' | 'years' | 'score';

const whole = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const money = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 0, maximumFractionDigits: 2 });
const signed = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1, signDisplay: 'exceptZero' });

/** A published figure as the forces and national units write it: £12,500, 3.25 kg, 14.5 years. */
export function formatFigure(value: number | null | undefined, unit: FigureUnit = 'count'): string {
  if (value === null || value === undefined || Number.isNaN(value)) return 'Not recorded';
  switch (unit) {
    case 'money':
      return money.format(value);
    case 'kg':
      return `${decimal.format(value)} kg`;
    case 'years':
      return `${decimal.format(value)} ${value === 1 ? 'year' : 'years'}`;
    case 'score':
      return signed.format(value);
    default:
      return whole.format(value);
  }
}

/** Change in threat score, with its direction in words so it does not rest on a sign or a colour. */
export function formatScoreChange(before: number | null | undefined, after: number | null | undefined): string {
  if (before === null || before === undefined || after === null || after === undefined) return 'Not scored in both periods';
  const change = after - before;
  if (change === 0) return 'No change';
  const pct = before === 0 ? '' : ` (${signed.format((change / before) * 100)}%)`;
  return `${change < 0 ? 'Down' : 'Up'} ${whole.format(Math.abs(change))}${pct}`;
}
