import { SCORING_LIMITS, scoringProblems, type TierRule } from '@sentinel/shared';
import type { FieldErrors } from '../../app/utils/form-errors';

export type TierRow = { name: string; minTotal: string };
export type ScoringFormValues = { scaleMax: string; tiers: TierRow[] };

type Stored = { scaleMax: number; tiers: ReadonlyArray<TierRule> };

/** Input ids are the API's field paths (`tiers.1.minTotal`), so that its errors land beside their inputs as they come. */
export const tierFieldId = (index: number, field: keyof TierRow) => `tiers.${index}.${field}`;

/** The ids in the order they appear on the page, for the error summary. */
export function scoringFormFields(rows: number): string[] {
  return ['scaleMax', 'tiers', ...Array.from({ length: rows }, (_, i) => [tierFieldId(i, 'name'), tierFieldId(i, 'minTotal')]).flat()];
}

/** Every id the API may name, whatever the number of rows. */
export const SCORING_FORM_FIELDS = scoringFormFields(SCORING_LIMITS.tiersMax);

export function scoringFormValues(panel: Stored): ScoringFormValues {
  return { scaleMax: String(panel.scaleMax), tiers: panel.tiers.map((t) => ({ name: t.name, minTotal: String(t.minTotal) })) };
}

/** A whole number typed as digits; anything else (blank, "2.5", "-1", "ten") is not one. */
function wholeNumber(value: string): number {
  const s = value.trim();
  return /^\d+$/.test(s) ? Number(s) : Number.NaN;
}

export function scoringRules(v: ScoringFormValues): { scaleMax: number; tiers: TierRule[] } {
  return { scaleMax: Number(v.scaleMax), tiers: v.tiers.map((t) => ({ name: t.name.trim(), minTotal: wholeNumber(t.minTotal) })) };
}

// The API's own rules (shared), so that the form and the server always agree on what is refused and why.
export function validateScoringForm(v: ScoringFormValues): FieldErrors {
  const { scaleMax, tiers } = scoringRules(v);
  const errors: FieldErrors = {};
  for (const problem of scoringProblems(scaleMax, tiers)) errors[problem.field] ??= problem.message;
  return errors;
}

export function scoringInput(panelId: string, version: number, v: ScoringFormValues) {
  return { panelId, version, ...scoringRules(v) };
}

export function retieredMessage(count: number): string {
  if (count === 0) return 'Scoring saved: no group changed tier';
  return `Scoring saved: ${count} ${count === 1 ? 'group' : 'groups'} re-tiered`;
}
