import {
  changedPastDateProblem,
  dateOrderProblem,
  futureDateProblem,
  LIMITS,
  londonToday,
  TEXT_LIMITS,
  tooLongMessage,
  tooLongProblem,
  type CrimeType,
  type GscMarking,
  type OcgStatus,
} from '@sentinel/shared';
import { isIsoDate } from '../../../ui/DateField';
import type { OcgDetailsFragment } from '../../../gql/graphql';
import type { FieldErrors } from '../../app/utils/form-errors';
import { linesOf, orNull } from '../../records/utils/lines';

export type OcgFormValues = {
  name: string;
  status: OcgStatus | '';
  crimeTypes: CrimeType[];
  areas: string;
  summary: string;
  lroUserId: string;
  sroUserId: string;
  dateMapped: string;
  nextReviewOn: string;
  gscMarking: GscMarking;
};

export const OCG_FORM_FIELDS = [
  'name',
  'status',
  'crimeTypes',
  'areas',
  'summary',
  'lroUserId',
  'sroUserId',
  'dateMapped',
  'nextReviewOn',
  'gscMarking',
];

export const MAX_AREAS = 20;

export const EMPTY_OCG_FORM: OcgFormValues = {
  name: '',
  status: '',
  crimeTypes: [],
  areas: '',
  summary: '',
  lroUserId: '',
  sroUserId: '',
  dateMapped: '',
  nextReviewOn: '',
  gscMarking: 'OFFICIAL_SENSITIVE',
};

export function ocgFormValues(ocg: OcgDetailsFragment): OcgFormValues {
  return {
    name: ocg.name,
    status: ocg.status,
    crimeTypes: [...ocg.crimeTypes],
    areas: ocg.areas.join('\n'),
    summary: ocg.summary ?? '',
    lroUserId: ocg.lroUserId ?? '',
    sroUserId: ocg.sroUserId ?? '',
    dateMapped: ocg.dateMapped ?? '',
    nextReviewOn: ocg.nextReviewOn ?? '',
    gscMarking: ocg.gscMarking,
  };
}

/** `initialReviewOn`: the review date the form opened with, which may stay as it is once it has passed. */
export function validateOcgForm(values: OcgFormValues, initialReviewOn = ''): FieldErrors {
  const errors: FieldErrors = {};
  const name = values.name.trim();
  if (!name) errors.name = 'Enter the group’s name or operation name';
  else if (name.length > LIMITS.nameLength) errors.name = `Name must be ${LIMITS.nameLength} characters or fewer`;
  if (!values.status) errors.status = 'Select the group’s status';
  const summary = tooLongProblem('Summary', values.summary.trim(), TEXT_LIMITS.ocgSummary);
  if (summary) errors.summary = summary;
  const areas = linesOf(values.areas);
  if (areas.length > MAX_AREAS) errors.areas = `Enter ${MAX_AREAS} areas or fewer`;
  else if (areas.some((a) => a.length > TEXT_LIMITS.ocgArea)) errors.areas = tooLongMessage('Each area', TEXT_LIMITS.ocgArea);
  for (const field of ['dateMapped', 'nextReviewOn'] as const) {
    if (values[field].trim() && !isIsoDate(values[field].trim())) errors[field] = 'Enter a real date as year-month-day, for example 2026-03-31';
  }
  const [mapped, review, today] = [values.dateMapped.trim(), values.nextReviewOn.trim(), londonToday()];
  const mappedProblem = errors.dateMapped ? null : futureDateProblem('Date mapped', mapped, today);
  if (mappedProblem) errors.dateMapped = mappedProblem;
  const reviewProblem = errors.nextReviewOn
    ? null
    : (changedPastDateProblem('Next review date', review, initialReviewOn, today) ??
      (errors.dateMapped ? null : dateOrderProblem({ label: 'Next review date', value: review }, { label: 'Date mapped', value: mapped })));
  if (reviewProblem) errors.nextReviewOn = reviewProblem;
  return errors;
}

// Blank optional fields are sent as null, which the API reads as "not recorded".
export function ocgInput(values: OcgFormValues) {
  return {
    name: values.name.trim(),
    status: values.status as OcgStatus,
    crimeTypes: values.crimeTypes,
    areas: linesOf(values.areas),
    summary: orNull(values.summary),
    lroUserId: values.lroUserId || null,
    sroUserId: values.sroUserId || null,
    dateMapped: orNull(values.dateMapped),
    nextReviewOn: orNull(values.nextReviewOn),
    gscMarking: values.gscMarking,
  };
}
