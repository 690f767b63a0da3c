import { crimeReferenceShapeMessage, isCrimeReference, LIMITS, TEXT_LIMITS, tooLongMessage, tooLongProblem } from '@sentinel/shared';
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

export const EMPTY_REFERRAL_FORM: ReferralFormValues = { crimeReferences: '', summary: '', offenders: [], vehicles: '', places: '', onBehalfOf: '' };

export function validateReferralForm(v: ReferralFormValues): FieldErrors {
  const errors: FieldErrors = {};
  const refs = linesOf(v.crimeReferences);
  // Opal's rule, kept here too: a referral is about recorded crime, so it needs a crime reference number.
  if (refs.length === 0) errors.crimeReferences = 'Enter at least one crime reference number';
  else if (refs.length > MAX_CRIME_REFERENCES) errors.crimeReferences = `Enter ${MAX_CRIME_REFERENCES} crime reference numbers or fewer`;
  else if (refs.some((r) => r.length > TEXT_LIMITS.crimeReference))
    errors.crimeReferences = tooLongMessage('Each crime reference number', TEXT_LIMITS.crimeReference);
  else if (refs.some((r) => !isCrimeReference(r))) errors.crimeReferences = crimeReferenceShapeMessage(refs.find((r) => !isCrimeReference(r)) ?? '');
  const summary = v.summary.trim();
  if (!summary) errors.summary = 'Enter a summary of what you are referring';
  else if (summary.length > TEXT_LIMITS.referralSummary) errors.summary = tooLongProblem('Summary', summary, TEXT_LIMITS.referralSummary)!;
  v.offenders.forEach((o, i) => {
    if (!o.name.trim() && (o.dateOfBirth.trim() || o.description.trim())) errors[`offender-${i}-name`] = `Enter the name of offender ${i + 1}`;
    const name = tooLongProblem('Name', o.name.trim(), LIMITS.nameLength);
    if (name) errors[`offender-${i}-name`] = name;
    if (o.dateOfBirth.trim() && !isIsoDate(o.dateOfBirth.trim()))
      errors[`offender-${i}-dob`] = `Enter a real date of birth for offender ${i + 1}, for example 1990-03-31`;
    const description = tooLongProblem('Description', o.description.trim(), TEXT_LIMITS.referralOffenderDescription);
    if (description) errors[`offender-${i}-description`] = description;
  });
  // Each line is one registration or one address, bounded as the API bounds each.
  if (linesOf(v.vehicles).some((l) => l.length > TEXT_LIMITS.referralVehicle))
    errors.vehicles = tooLongMessage('Each registration', TEXT_LIMITS.referralVehicle);
  if (linesOf(v.places).some((l) => l.length > TEXT_LIMITS.referralPlace))
    errors.places = tooLongMessage('Each address or area', TEXT_LIMITS.referralPlace);
  const onBehalfOf = tooLongProblem('On behalf of', v.onBehalfOf.trim(), LIMITS.nameLength);
  if (onBehalfOf) errors.onBehalfOf = onBehalfOf;
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
