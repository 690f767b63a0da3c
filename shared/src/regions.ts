/**
 * Drug types as regional units publish them. A panel types a seizure's drug freely; across panels only these names
 * are told apart, and any other text is counted as "Other", so that nothing typed in one panel's record is shown
 * outside it.
 */
export const REGION_DRUG_TYPES = [
  'Amphetamine',
  'Cannabis',
  'Cocaine',
  'Crack cocaine',
  'Heroin',
  'Ketamine',
  'MDMA',
  'Methamphetamine',
  'Synthetic cannabinoids',
  'Other',
] as const;

const BY_LOWER = new Map<string, string>(REGION_DRUG_TYPES.map((t) => [t.toLowerCase(), t]));

/** The published name of a drug type typed in a panel's record: one of REGION_DRUG_TYPES. */
export function regionDrugType(typed: string): string {
  return BY_LOWER.get(typed.trim().replace(/\s+/g, ' ').toLowerCase()) ?? 'Other';
}
