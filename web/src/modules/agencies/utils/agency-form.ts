import { LIMITS, tooLongProblem, type AgencyKind, type TacticHeading } from '@sentinel/shared';
import { isIsoDate } from '../../../ui/DateField';
import type { FieldErrors } from '../../app/utils/form-errors';
import type { AgencyDetailsFragment } from '../../../gql/graphql';

export type AgencyFormValues = {
  name: string;
  kind: AgencyKind | '';
  tacticHeadings: TacticHeading[];
  isaReference: string;
  isaSignedOn: string;
  isaExpiresOn: string;
  isaCoversPersonalData: 'yes' | 'no' | '';
};

export const AGENCY_FORM_FIELDS = ['name', 'kind', 'tacticHeadings', 'isaReference', 'isaSignedOn', 'isaExpiresOn', 'isaCoversPersonalData'];

export const EMPTY_AGENCY_FORM: AgencyFormValues = {
  name: '',
  kind: '',
  tacticHeadings: [],
  isaReference: '',
  isaSignedOn: '',
  isaExpiresOn: '',
  isaCoversPersonalData: '',
};

export function agencyFormValues(agency: AgencyDetailsFragment): AgencyFormValues {
  return {
    name: agency.name,
    kind: agency.kind,
    tacticHeadings: [...agency.tacticHeadings],
    isaReference: agency.isa.reference ?? '',
    isaSignedOn: agency.isa.signedOn ?? '',
    isaExpiresOn: agency.isa.expiresOn ?? '',
    isaCoversPersonalData: agency.isa.coversPersonalData ? 'yes' : 'no',
  };
}

export function validateAgencyForm(values: AgencyFormValues): FieldErrors {
  const errors: FieldErrors = {};
  const name = values.name.trim();
  if (!name) errors.name = 'Enter the agency’s name';
  else if (name.length > LIMITS.nameLength) errors.name = tooLongProblem('Name', name, LIMITS.nameLength)!;
  if (!values.kind) errors.kind = 'Select the kind of agency';
  const reference = tooLongProblem('Agreement reference', values.isaReference.trim(), LIMITS.referenceLength);
  if (reference) errors.isaReference = reference;
  for (const field of ['isaSignedOn', 'isaExpiresOn'] as const) {
    if (values[field] && !isIsoDate(values[field].trim())) {
      errors[field] = 'Enter a real date as year-month-day, for example 2026-03-31';
    }
  }
  if (!errors.isaSignedOn && !errors.isaExpiresOn && values.isaSignedOn && values.isaExpiresOn) {
    if (values.isaExpiresOn.trim() < values.isaSignedOn.trim()) {
      errors.isaExpiresOn = 'The expiry date must be the same as or after the date it was signed';
    }
  }
  if (!values.isaCoversPersonalData) errors.isaCoversPersonalData = 'Select yes if the agreement covers personal data';
  return errors;
}

// Blank optional fields are sent as null, which the API reads as "not recorded".
export function agencyInput(values: AgencyFormValues) {
  const orNull = (v: string) => (v.trim() ? v.trim() : null);
  return {
    name: values.name.trim(),
    kind: values.kind as AgencyKind,
    tacticHeadings: values.tacticHeadings,
    isaReference: orNull(values.isaReference),
    isaSignedOn: orNull(values.isaSignedOn),
    isaExpiresOn: orNull(values.isaExpiresOn),
    isaCoversPersonalData: values.isaCoversPersonalData === 'yes',
  };
}
