/** The words of the OCG records, with the labels the screens use. */

function labels<T extends string>(entries: [T, string][]): { values: readonly T[]; labels: Record<T, string> } {
  return { values: entries.map(([v]) => v), labels: Object.fromEntries(entries) as Record<T, string> };
}

export type OcgStatus = 'EMERGING' | 'ACTIVE' | 'DORMANT' | 'DISMANTLED' | 'ARCHIVED';
const status = labels<OcgStatus>([
  ['EMERGING', 'Emerging'],
  ['ACTIVE', 'Active'],
  ['DORMANT', 'Dormant'],
  ['DISMANTLED', 'Dismantled'],
  ['ARCHIVED', 'Archived'],
]);
export const OCG_STATUSES = status.values;
export const OCG_STATUS_LABELS = status.labels;

export type CrimeType =
  | 'DRUGS_SUPPLY'
  | 'COUNTY_LINES_CCE'
  | 'FIREARMS'
  | 'MODERN_SLAVERY_HUMAN_TRAFFICKING'
  | 'ORGANISED_ACQUISITIVE_CRIME'
  | 'ORGANISED_RETAIL_CRIME'
  | 'FRAUD'
  | 'MONEY_LAUNDERING'
  | 'ILLEGAL_MONEY_LENDING'
  | 'ORGANISED_IMMIGRATION_CRIME'
  | 'WASTE_ENVIRONMENTAL_CRIME'
  | 'CYBER_ENABLED_CRIME'
  | 'OTHER';
const crime = labels<CrimeType>([
  ['DRUGS_SUPPLY', 'Drugs supply'],
  ['COUNTY_LINES_CCE', 'County lines and child criminal exploitation'],
  ['FIREARMS', 'Firearms'],
  ['MODERN_SLAVERY_HUMAN_TRAFFICKING', 'Modern slavery and human trafficking'],
  ['ORGANISED_ACQUISITIVE_CRIME', 'Organised acquisitive crime'],
  ['ORGANISED_RETAIL_CRIME', 'Organised retail crime'],
  ['FRAUD', 'Fraud'],
  ['MONEY_LAUNDERING', 'Money laundering'],
  ['ILLEGAL_MONEY_LENDING', 'Illegal money lending'],
  ['ORGANISED_IMMIGRATION_CRIME', 'Organised immigration crime'],
  ['WASTE_ENVIRONMENTAL_CRIME', 'Waste and environmental crime'],
  ['CYBER_ENABLED_CRIME', 'Cyber-enabled crime'],
  ['OTHER', 'Other'],
]);
export const CRIME_TYPES = crime.values;
export const CRIME_TYPE_LABELS = crime.labels;

export type GscMarking = 'OFFICIAL' | 'OFFICIAL_SENSITIVE';
export const GSC_MARKINGS: readonly GscMarking[] = ['OFFICIAL', 'OFFICIAL_SENSITIVE'];
export const GSC_MARKING_LABELS: Record<GscMarking, string> = { OFFICIAL: 'OFFICIAL', OFFICIAL_SENSITIVE: 'OFFICIAL-SENSITIVE' };

export type NominalRole = 'PRINCIPAL' | 'SIGNIFICANT' | 'PERIPHERAL' | 'ASSOCIATE';
export const NOMINAL_ROLES: readonly NominalRole[] = ['PRINCIPAL', 'SIGNIFICANT', 'PERIPHERAL', 'ASSOCIATE'];
export const NOMINAL_ROLE_LABELS: Record<NominalRole, string> = {
  PRINCIPAL: 'Principal',
  SIGNIFICANT: 'Significant',
  PERIPHERAL: 'Peripheral',
  ASSOCIATE: 'Associate',
};

export type PlaceKind = 'HOME' | 'BUSINESS' | 'PREMISES' | 'HOTSPOT';
export const PLACE_KINDS: readonly PlaceKind[] = ['HOME', 'BUSINESS', 'PREMISES', 'HOTSPOT'];
export const PLACE_KIND_LABELS: Record<PlaceKind, string> = { HOME: 'Home', BUSINESS: 'Business', PREMISES: 'Premises', HOTSPOT: 'Hotspot' };

/** Clear-Hold-Build: the phase of a place-based operation. */
export type ChbPhase = 'CLEAR' | 'HOLD' | 'BUILD';
export const CHB_PHASES: readonly ChbPhase[] = ['CLEAR', 'HOLD', 'BUILD'];

export type FourPStrand = 'PURSUE' | 'PREVENT' | 'PROTECT' | 'PREPARE';
export const FOUR_P_STRANDS: readonly FourPStrand[] = ['PURSUE', 'PREVENT', 'PROTECT', 'PREPARE'];
export const FOUR_P_LABELS: Record<FourPStrand, string> = { PURSUE: 'Pursue', PREVENT: 'Prevent', PROTECT: 'Protect', PREPARE: 'Prepare' };

export type DisruptionImpact = 'MAJOR' | 'MODERATE' | 'MINOR' | 'NONE' | 'NEGATIVE';
export const DISRUPTION_IMPACTS: readonly DisruptionImpact[] = ['MAJOR', 'MODERATE', 'MINOR', 'NONE', 'NEGATIVE'];
export const DISRUPTION_IMPACT_LABELS: Record<DisruptionImpact, string> = {
  MAJOR: 'Major',
  MODERATE: 'Moderate',
  MINOR: 'Minor',
  NONE: 'None',
  NEGATIVE: 'Negative',
};
/** The impact as a phrase that stands on its own ("No impact", never "None impact"), for report rows and column heads. */
export const DISRUPTION_IMPACT_PHRASES: Record<DisruptionImpact, string> = {
  MAJOR: 'Major impact',
  MODERATE: 'Moderate impact',
  MINOR: 'Minor impact',
  NONE: 'No impact',
  NEGATIVE: 'Negative impact',
};

export type RecordKind = 'OCG' | 'NOMINAL' | 'VEHICLE' | 'PLACE';
export const RECORD_KINDS: readonly RecordKind[] = ['OCG', 'NOMINAL', 'VEHICLE', 'PLACE'];

/** 3x5x2 grading of intelligence. */
export type SourceGrade = 'S1' | 'S2' | 'S3';
export const SOURCE_GRADES: readonly SourceGrade[] = ['S1', 'S2', 'S3'];
export const SOURCE_GRADE_LABELS: Record<SourceGrade, string> = { S1: '1 - Reliable', S2: '2 - Untested', S3: '3 - Not reliable' };
export type IntelligenceGrade = 'A' | 'B' | 'C' | 'D' | 'E';
export const INTELLIGENCE_GRADES: readonly IntelligenceGrade[] = ['A', 'B', 'C', 'D', 'E'];
export const INTELLIGENCE_GRADE_LABELS: Record<IntelligenceGrade, string> = {
  A: 'A - Known directly',
  B: 'B - Known indirectly, corroborated',
  C: 'C - Known indirectly',
  D: 'D - Not known',
  E: 'E - Suspected to be false',
};
export type HandlingCode = 'P' | 'C';
export const HANDLING_CODES: readonly HandlingCode[] = ['P', 'C'];
export const HANDLING_CODE_LABELS: Record<HandlingCode, string> = { P: 'P - May be shared lawfully', C: 'C - May be shared with conditions' };

export type ReferralStatus = 'RECEIVED' | 'UNDER_ASSESSMENT' | 'ACCEPTED' | 'DECLINED';
export const REFERRAL_STATUSES: readonly ReferralStatus[] = ['RECEIVED', 'UNDER_ASSESSMENT', 'ACCEPTED', 'DECLINED'];
export const REFERRAL_STATUS_LABELS: Record<ReferralStatus, string> = {
  RECEIVED: 'Received',
  UNDER_ASSESSMENT: 'Under assessment',
  ACCEPTED: 'Accepted',
  DECLINED: 'Declined',
};

/** A per-panel reference such as OCG-0042: the prefix, then the number padded to four digits. */
export function formatReference(prefix: string, n: number): string {
  return `${prefix}-${String(n).padStart(4, '0')}`;
}
