import { LIMITS, type CrimeType } from '@sentinel/shared';
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
  else if (title.length > LIMITS.nameLength) errors.title = `Title must be ${LIMITS.nameLength} characters or fewer`;
  if (!v.description.trim()) errors.description = 'Describe what has been seen';
  else if (v.description.trim().length > 4000) errors.description = 'Description must be 4000 characters or fewer';
  if (v.area.trim().length > 200) errors.area = 'Area must be 200 characters or fewer';
  return errors;
}

export function threatFields(v: ThreatFormValues) {
  return { title: v.title.trim(), description: v.description.trim(), crimeType: v.crimeType || null, area: v.area.trim() || null };
}
