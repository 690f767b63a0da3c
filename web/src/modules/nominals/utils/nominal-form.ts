import {
  changedPastDateProblem,
  futureDateProblem,
  londonToday,
  TEXT_LIMITS,
  tooLongMessage,
  tooLongProblem,
  type GscMarking,
  type NominalRole,
} from '@sentinel/shared';
import { isIsoDate } from '../../../ui/DateField';
import type { NominalDetailsFragment } from '../../../gql/graphql';
import type { FieldErrors } from '../../app/utils/form-errors';
import { linesOf, orNull } from '../../records/utils/lines';

export type NominalFlag = 'isVulnerable' | 'isChild' | 'riskToOfficers';

export type NominalFormValues = {
  role: NominalRole | '';
  surname: string;
  forenames: string;
  aliases: string;
  dateOfBirth: string;
  flags: NominalFlag[];
  nextReviewOn: string;
  gscMarking: GscMarking;
};

export const NOMINAL_FORM_FIELDS = ['role', 'surname', 'forenames', 'aliases', 'dateOfBirth', 'flags', 'nextReviewOn', 'gscMarking'];

export const FLAG_OPTIONS: { value: NominalFlag; label: string }[] = [
  { value: 'isVulnerable', label: 'Vulnerable or exploited' },
  { value: 'isChild', label: 'Child' },
  { value: 'riskToOfficers', label: 'Risk to officers' },
];

export const EMPTY_NOMINAL_FORM: NominalFormValues = {
  role: '',
  surname: '',
  forenames: '',
  aliases: '',
  dateOfBirth: '',
  flags: [],
  nextReviewOn: '',
  gscMarking: 'OFFICIAL_SENSITIVE',
};

export function nominalFormValues(n: NominalDetailsFragment): NominalFormValues {
  return {
    role: '',
    surname: n.surname ?? '',
    forenames: n.forenames ?? '',
    aliases: (n.aliases ?? []).join('\n'),
    dateOfBirth: n.dateOfBirth ?? '',
    flags: FLAG_OPTIONS.map((f) => f.value).filter((f) => n[f]),
    nextReviewOn: n.nextReviewOn ?? '',
    gscMarking: n.gscMarking,
  };
}

/** `initialReviewOn`: the review date the form opened with, which may stay as it is once it has passed. */
export function validateNominalForm(values: NominalFormValues, needsRole: boolean, initialReviewOn = ''): FieldErrors {
  const errors: FieldErrors = {};
  if (needsRole && !values.role) errors.role = 'Select the nominal’s role in this group';
  const surname = values.surname.trim();
  if (!surname) errors.surname = 'Enter the surname';
  else if (surname.length > TEXT_LIMITS.nominalSurname) errors.surname = tooLongMessage('Surname', TEXT_LIMITS.nominalSurname);
  const forenames = tooLongProblem('Forenames', values.forenames.trim(), TEXT_LIMITS.nominalForenames);
  if (forenames) errors.forenames = forenames;
  if (linesOf(values.aliases).some((a) => a.length > TEXT_LIMITS.nominalAlias))
    errors.aliases = tooLongMessage('Each alias', TEXT_LIMITS.nominalAlias);
  const today = londonToday();
  const dob = values.dateOfBirth.trim();
  const review = values.nextReviewOn.trim();
  const dobProblem =
    dob && !isIsoDate(dob) ? 'Enter a real date of birth as year-month-day, for example 1990-03-31' : futureDateProblem('Date of birth', dob, today);
  if (dobProblem) errors.dateOfBirth = dobProblem;
  const reviewProblem =
    review && !isIsoDate(review)
      ? 'Enter a real date as year-month-day, for example 2026-03-31'
      : changedPastDateProblem('Next review date', review, initialReviewOn, today);
  if (reviewProblem) errors.nextReviewOn = reviewProblem;
  return errors;
}

export function nominalInput(values: NominalFormValues) {
  return {
    surname: values.surname.trim(),
    forenames: values.forenames.trim(),
    aliases: linesOf(values.aliases),
    dateOfBirth: orNull(values.dateOfBirth),
    isVulnerable: values.flags.includes('isVulnerable'),
    isChild: values.flags.includes('isChild'),
    riskToOfficers: values.flags.includes('riskToOfficers'),
    nextReviewOn: orNull(values.nextReviewOn),
    gscMarking: values.gscMarking,
  };
}
