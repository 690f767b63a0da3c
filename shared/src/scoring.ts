import { tooLongMessage } from './limits.js';

/**
 * MoRiLE-style threat scoring. Harm has four parts, likelihood one, organisational position two (capability
 * and capacity); each is scored 1..scaleMax. The total is harm x likelihood + position, so harm that is likely
 * outweighs a capable group that does little. Confidence is recorded beside the score, not inside it.
 * Tiers are the panel's own: a list of names with the lowest total each starts at.
 */
export interface ScoreParts {
  harmPhysical: number;
  harmCommunity: number;
  harmGeographic: number;
  harmVulnerability: number;
  likelihood: number;
  capability: number;
  capacity: number;
}

export const SCORE_PARTS: readonly (keyof ScoreParts)[] = [
  'harmPhysical',
  'harmCommunity',
  'harmGeographic',
  'harmVulnerability',
  'likelihood',
  'capability',
  'capacity',
];

export const SCORE_PART_LABELS: Record<keyof ScoreParts, string> = {
  harmPhysical: 'Harm: physical',
  harmCommunity: 'Harm: community and environment',
  harmGeographic: 'Harm: geographic scope',
  harmVulnerability: 'Harm: victim vulnerability',
  likelihood: 'Likelihood',
  capability: 'Organisational position: capability',
  capacity: 'Organisational position: capacity',
};

export type Confidence = 'LOW' | 'MEDIUM' | 'HIGH';
export const CONFIDENCE_LEVELS: readonly Confidence[] = ['LOW', 'MEDIUM', 'HIGH'];

export interface TierRule {
  name: string;
  /** The lowest total in this tier. */
  minTotal: number;
}

export const DEFAULT_SCALE_MAX = 5;
export const DEFAULT_TIERS: readonly TierRule[] = [
  { name: 'Tier 1', minTotal: 60 },
  { name: 'Tier 2', minTotal: 30 },
  { name: 'Tier 3', minTotal: 0 },
];

export function scoreTotal(p: ScoreParts): number {
  const harm = p.harmPhysical + p.harmCommunity + p.harmGeographic + p.harmVulnerability;
  return harm * p.likelihood + p.capability + p.capacity;
}

export function tierFor(total: number, tiers: readonly TierRule[]): string {
  const sorted = [...tiers].sort((a, b) => b.minTotal - a.minTotal);
  return (sorted.find((t) => total >= t.minTotal) ?? sorted[sorted.length - 1]).name;
}

export function maxTotal(scaleMax: number): number {
  return 4 * scaleMax * scaleMax + 2 * scaleMax;
}

/** What a panel's chair may set: the scale each part is scored on, and the tiers its totals fall into. */
export const SCORING_LIMITS = {
  scaleMin: 3,
  scaleMax: 10,
  tiersMin: 2,
  tiersMax: 6,
  tierNameLength: 40,
} as const;

/** No total can be higher than this, whatever a panel's scale: a tier starting above it could never be reached. */
export const HIGHEST_POSSIBLE_TOTAL = maxTotal(SCORING_LIMITS.scaleMax);

export interface ScoringProblem {
  /** The input's path, as the API names it: `scaleMax`, `tiers`, `tiers.1.minTotal`. */
  field: string;
  message: string;
}

/**
 * Every rule a panel's scale and tiers must keep, in the order the fields appear: names trimmed and different,
 * lowest totals whole numbers falling strictly down the list to exactly 0 on the last tier, so that every total
 * has exactly one tier. The API refuses on the first problem; the form shows them all.
 */
export function scoringProblems(scaleMax: number, tiers: readonly TierRule[]): ScoringProblem[] {
  const L = SCORING_LIMITS;
  const problems: ScoringProblem[] = [];
  if (!Number.isInteger(scaleMax) || scaleMax < L.scaleMin || scaleMax > L.scaleMax) {
    problems.push({ field: 'scaleMax', message: `Choose a scale from ${L.scaleMin} to ${L.scaleMax}` });
  }
  if (tiers.length < L.tiersMin || tiers.length > L.tiersMax) {
    problems.push({ field: 'tiers', message: `Give the panel from ${L.tiersMin} to ${L.tiersMax} tiers` });
  }
  const seen = new Set<string>();
  tiers.forEach((tier, i) => {
    const name = tier.name.trim();
    const label = `tier ${i + 1}`;
    if (!name) problems.push({ field: `tiers.${i}.name`, message: `Enter a name for ${label}` });
    else if (name.length > L.tierNameLength) {
      problems.push({ field: `tiers.${i}.name`, message: tooLongMessage(`The name of ${label}`, L.tierNameLength) });
    } else if (seen.has(name.toLowerCase())) {
      problems.push({ field: `tiers.${i}.name`, message: `The name of ${label} is already used by another tier: give each tier its own name` });
    }
    seen.add(name.toLowerCase());

    const min = tier.minTotal;
    const previous = i > 0 ? tiers[i - 1].minTotal : null;
    const field = `tiers.${i}.minTotal`;
    if (!Number.isInteger(min) || min < 0 || min > HIGHEST_POSSIBLE_TOTAL) {
      problems.push({ field, message: `Enter the lowest total of ${label} as a whole number from 0 to ${HIGHEST_POSSIBLE_TOTAL}` });
    } else if (previous !== null && Number.isInteger(previous) && min >= previous) {
      problems.push({ field, message: `The lowest total of ${label} must be below that of tier ${i} (${previous})` });
    } else if (i === tiers.length - 1 && min !== 0) {
      problems.push({ field, message: `The last tier must start at 0, so that every total has a tier` });
    }
  });
  return problems;
}

/** The tiers in words, highest first: "Tier 1: total 60 and above", "Tier 2: total 30 to 59", "Tier 3: total 0 to 29". */
export function tierRanges(tiers: readonly TierRule[]): string[] {
  return tiers.map((tier, i) => {
    const next = i > 0 ? tiers[i - 1].minTotal : null;
    if (next === null) return `${tier.name}: total ${tier.minTotal} and above`;
    if (next - 1 <= tier.minTotal) return `${tier.name}: total ${tier.minTotal}`;
    return `${tier.name}: total ${tier.minTotal} to ${next - 1}`;
  });
}
