import { SCORE_PARTS, SCORE_PART_LABELS, scoreTotal, TEXT_LIMITS, tooLongProblem, type Confidence, type ScoreParts } from '@sentinel/shared';
import type { FieldErrors } from '../../app/utils/form-errors';

type Part = keyof ScoreParts;

export type ScoreFormValues = Record<Part, string> & { confidence: Confidence | ''; rationale: string };

export const SCORE_FORM_FIELDS = [...SCORE_PARTS, 'confidence', 'rationale'];

export function emptyScoreForm(previous?: Partial<Record<Part, number>> & { confidence?: Confidence }): ScoreFormValues {
  const parts = Object.fromEntries(SCORE_PARTS.map((p) => [p, previous?.[p] !== undefined ? String(previous[p]) : ''])) as Record<Part, string>;
  return { ...parts, confidence: previous?.confidence ?? '', rationale: '' };
}

function partValue(value: string, scaleMax: number): number | null {
  const n = Number(value);
  return value !== '' && Number.isInteger(n) && n >= 1 && n <= scaleMax ? n : null;
}

// The total as it would be scored, or null until every part holds a valid score.
export function liveTotal(values: ScoreFormValues, scaleMax: number): number | null {
  const parts = SCORE_PARTS.map((p) => partValue(values[p], scaleMax));
  if (parts.some((v) => v === null)) return null;
  return scoreTotal(Object.fromEntries(SCORE_PARTS.map((p, i) => [p, parts[i]])) as unknown as ScoreParts);
}

export function validateScoreForm(values: ScoreFormValues, scaleMax: number): FieldErrors {
  const errors: FieldErrors = {};
  for (const part of SCORE_PARTS) {
    if (partValue(values[part], scaleMax) === null)
      errors[part] = `Select a score from 1 to ${scaleMax} for ${SCORE_PART_LABELS[part].toLowerCase()}`;
  }
  if (!values.confidence) errors.confidence = 'Select how confident you are in this score';
  const rationale = tooLongProblem('Rationale', values.rationale.trim(), TEXT_LIMITS.scoreRationale);
  if (rationale) errors.rationale = rationale;
  return errors;
}

export function scoreInput(ocgId: string, values: ScoreFormValues) {
  const parts = Object.fromEntries(SCORE_PARTS.map((p) => [p, Number(values[p])])) as unknown as ScoreParts;
  return { ocgId, parts, confidence: values.confidence as Confidence, rationale: values.rationale.trim() || null };
}
