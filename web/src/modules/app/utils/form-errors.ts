import type { ErrorSummaryItem } from '../../../ui/ErrorSummary';
import type { ApiError } from './api-errors';

export type FieldErrors = Record<string, string>;

/**
 * Field errors in the order the fields appear on the page, so that the summary reads top to bottom.
 * `fieldOrder` lists the input ids, which are named after the API's input fields.
 */
export function summaryItems(errors: FieldErrors, fieldOrder: string[], general: string[] = []): ErrorSummaryItem[] {
  const ordered = fieldOrder.filter((f) => errors[f]).map((f) => ({ fieldId: f, message: errors[f] }));
  const others = Object.keys(errors)
    .filter((f) => !fieldOrder.includes(f))
    .map((f) => ({ fieldId: f, message: errors[f] }));
  return [...general.map((message) => ({ message })), ...ordered, ...others];
}

/**
 * Splits the API's errors into per-field messages and general ones. Errors without a field can be pinned to
 * `fallbackField` so that the summary still links somewhere useful (the sign-in page does this).
 */
export function splitApiErrors(errors: ApiError[], knownFields: string[], fallbackField?: string): { fields: FieldErrors; general: string[] } {
  const fields: FieldErrors = {};
  const general: string[] = [];
  for (const error of errors) {
    const field = error.field && knownFields.includes(error.field) ? error.field : fallbackField;
    if (field && !fields[field]) fields[field] = error.message;
    else general.push(error.message);
  }
  return { fields, general };
}
