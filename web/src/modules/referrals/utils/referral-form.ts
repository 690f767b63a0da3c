import { crimeReferenceShapeMessage, isCrimeReference, LIMITS } from '@sentinel/shared';
import { isIsoDate } from '../../../ui/DateField';
import type { FieldErrors } from '../../app/utils/form-errors';
import { linesOf, orNull } from '../../records/utils/lines';

export type OffenderRow = { name: string; dateOfBirth: string; description: string };

export type ReferralFormValues = {
  crimeReferences: string;
  summary: string;
  offenders: OffenderRow[];
  vehicles: string;
  places: string;
  onBehalfOf: string;
};

export const REFERRAL_FIELDS = ['crimeReferences', 'summary', 'offenders', 'vehicles', 'places', 'onBehalfOf'];
export const MAX_CRIME_REFERENCES = 20;
export const CRIME_REFERENCE_MAX = 50;
export const SUMMARY_MAX = 5000;

export const EMPTY_REFERRAL_FORM: ReferralFormValues = { crimeReferences: '', summary: '', offenders: [], vehicles: '', places: '', onBehalfOf: '' };

export function validateReferralForm(v: ReferralFormValues): FieldErrors {
  const errors: FieldErrors = {};
  const refs = linesOf(v.crimeReferences);
  // Opal's rule, kept here too: a referral is about recorded crime, so it needs a crime reference number.
  if (refs.length === 0) errors.crimeReferences = 'Enter at least one crime reference number';
  else if (refs.length > MAX_CRIME_REFERENCES) errors.crimeReferences = `Enter ${MAX_CRIME_REFERENCES} crime reference numbers or fewer`;
  else if (refs.some((r) => r.length > CRIME_REFERENCE_MAX))
    errors.crimeReferences = `Each crime reference number must be ${CRIME_REFERENCE_MAX} characters or fewer`;
  else if (refs.some((r) => !isCrimeReference(r))) errors.crimeReferences = crimeReferenceShapeMessage(refs.find((r) => !isCrimeReference(r)) ?? '');
  if (!v.summary.trim()) errors.summary = 'Enter a summary of what you are referring';
  else if (v.summary.length > SUMMARY_MAX) errors.summary = `The summary must be ${SUMMARY_MAX} characters or fewer`;
  v.offenders.forEach((o, i) => {
    if (!o.name.trim() && (o.dateOfBirth.trim() || o.description.trim())) errors[`offender-${i}-name`] = `Enter the name of offender ${i + 1}`;
    if (o.name.trim().length > LIMITS.nameLength) errors[`offender-${i}-name`] = `Name must be ${LIMITS.nameLength} characters or fewer`;
    if (o.dateOfBirth.trim() && !isIsoDate(o.dateOfBirth.trim()))
      errors[`offender-${i}-dob`] = `Enter a real date of birth for offender ${i + 1}, for example 1990-03-31`;
  });
  return errors;
}

export function referralInput(panelId: string, v: ReferralFormValues) {
  return {
    panelId,
    crimeReferences: linesOf(v.crimeReferences),
    summary: v.summary.trim(),
    offenders: v.offenders
      .filter((o) => o.name.trim())
      .map((o) => ({ name: o.name.trim(), dateOfBirth: orNull(o.dateOfBirth), description: orNull(o.description) })),
    vehicles: linesOf(v.vehicles),
    places: linesOf(v.places),
    onBehalfOf: orNull(v.onBehalfOf),
  };
}
