import { LIMITS, TEXT_LIMITS, tooLongProblem, type CrimeType } from '@sentinel/shared';
import type { FieldErrors } from '../../app/utils/form-errors';

export type ThreatFormValues = { title: string; description: string; crimeType: CrimeType | ''; area: string };

export const THREAT_FORM_FIELDS = ['title', 'description', 'crimeType', 'area'];

type Threat = { title: string; description: string; crimeType?: CrimeType | null; area?: string | null };

export function threatFormFrom(t: Threat | null): ThreatFormValues {
  return { title: t?.title ?? '', description: t?.description ?? '', crimeType: t?.crimeType ?? '', area: t?.area ?? '' };
}

export function validateThreatForm(v: ThreatFormValues): FieldErrors {
  const errors: FieldErrors = {};
  const title = v.title.trim();
  if (title.length < 3) errors.title = 'Enter a title that says what the threat or trend is';
  else if (title.length > LIMITS.nameLength) errors.title = tooLongProblem('Title', title, LIMITS.nameLength)!;
  const description = v.description.trim();
  if (!description) errors.description = 'Describe what has been seen';
  else if (description.length > TEXT_LIMITS.threatDescription)
    errors.description = tooLongProblem('Description', description, TEXT_LIMITS.threatDescription)!;
  const area = tooLongProblem('Area', v.area.trim(), TEXT_LIMITS.threatArea);
  if (area) errors.area = area;
  return errors;
}

export function threatFields(v: ThreatFormValues) {
  return { title: v.title.trim(), description: v.description.trim(), crimeType: v.crimeType || null, area: v.area.trim() || null };
}
