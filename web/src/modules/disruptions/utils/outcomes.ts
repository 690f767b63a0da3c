import type { DisruptionImpact } from '@sentinel/shared';
import type { TagColour } from '../../../ui/Tag';

export const COUNT_OUTCOMES = [
  ['arrests', 'Arrests'],
  ['charges', 'Charges'],
  ['firearms', 'Firearms seized'],
  ['rounds', 'Rounds of ammunition seized'],
  ['vehiclesSeized', 'Vehicles seized'],
  ['childrenSafeguarded', 'Children safeguarded'],
  ['adultsSafeguarded', 'Adults safeguarded'],
  ['restraintOrders', 'Restraint orders'],
  ['licencesReviewed', 'Licences reviewed'],
  ['licencesRevoked', 'Licences revoked'],
  ['benefitActions', 'Benefit actions'],
  ['taxActions', 'Tax actions'],
  ['premisesClosed', 'Premises closed'],
] as const;

export const AMOUNT_OUTCOMES = [
  ['custodialYears', 'Custodial sentences (years)'],
  ['cashSeizedGbp', 'Cash seized (£)'],
] as const;

export type CountOutcome = (typeof COUNT_OUTCOMES)[number][0];
export type AmountOutcome = (typeof AMOUNT_OUTCOMES)[number][0];
export type Outcomes = Record<CountOutcome | AmountOutcome, number> & { drugsSeized: ReadonlyArray<{ type: string; kg: number }> };

export const IMPACT_COLOURS: Record<DisruptionImpact, TagColour> = {
  MAJOR: 'green',
  MODERATE: 'turquoise',
  MINOR: 'blue',
  NONE: 'grey',
  NEGATIVE: 'red',
};

const gbp = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 });

// Only what happened: "2 arrests, £4,000 cash seized, 1.5 kg cocaine".
export function outcomesSummary(o: Outcomes): string {
  const parts: string[] = [];
  for (const [key, label] of COUNT_OUTCOMES) if (o[key] > 0) parts.push(`${label}: ${o[key]}`);
  if (o.custodialYears > 0) parts.push(`Custodial sentences: ${o.custodialYears} years`);
  if (o.cashSeizedGbp > 0) parts.push(`Cash seized: ${gbp.format(o.cashSeizedGbp)}`);
  for (const d of o.drugsSeized) parts.push(`${d.type}: ${d.kg} kg`);
  return parts.length ? parts.join('; ') : 'None recorded';
}
