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
