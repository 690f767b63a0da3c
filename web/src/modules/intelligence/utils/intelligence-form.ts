import {
  TEXT_LIMITS,
  tooLongProblem,
  type GscMarking,
  type HandlingCode,
  type IntelligenceGrade,
  type RecordKind,
  type SourceGrade,
} from '@sentinel/shared';
import { isIsoDate } from '../../../ui/DateField';
import type { FieldErrors } from '../../app/utils/form-errors';

export type IntelligenceFormValues = {
  recordedOn: string;
  text: string;
  sourceGrade: SourceGrade | '';
  intelligenceGrade: IntelligenceGrade | '';
  handling: HandlingCode | '';
  handlingConditions: string;
  recipientAgencyIds: string[];
  gscMarking: GscMarking;
};

export const INTELLIGENCE_FORM_FIELDS = [
  'recordedOn',
  'text',
  'sourceGrade',
  'intelligenceGrade',
  'handling',
  'handlingConditions',
  'recipientAgencyIds',
  'gscMarking',
];
export const TEXT_MAX = TEXT_LIMITS.intelligence;
export const CONDITIONS_MAX = TEXT_LIMITS.intelligenceConditions;

export function emptyIntelligenceForm(today = new Date().toISOString().slice(0, 10)): IntelligenceFormValues {
  return {
    recordedOn: today,
    text: '',
    sourceGrade: '',
    intelligenceGrade: '',
    handling: '',
    handlingConditions: '',
    recipientAgencyIds: [],
    gscMarking: 'OFFICIAL_SENSITIVE',
  };
}

export function validateIntelligenceForm(values: IntelligenceFormValues): FieldErrors {
  const errors: FieldErrors = {};
  if (!isIsoDate(values.recordedOn.trim())) errors.recordedOn = 'Enter the date as year-month-day, for example 2026-03-31';
  if (!values.text.trim()) errors.text = 'Enter the intelligence';
  else if (values.text.length > TEXT_MAX) errors.text = tooLongProblem('The intelligence', values.text, TEXT_MAX)!;
  if (!values.sourceGrade) errors.sourceGrade = 'Select the source evaluation';
  if (!values.intelligenceGrade) errors.intelligenceGrade = 'Select the intelligence assessment';
  if (!values.handling) errors.handling = 'Select the handling code';
  if (values.handling === 'C') {
    if (!values.handlingConditions.trim()) errors.handlingConditions = 'Enter the conditions of sharing';
    else if (values.handlingConditions.length > CONDITIONS_MAX)
      errors.handlingConditions = tooLongProblem('The conditions', values.handlingConditions, CONDITIONS_MAX)!;
    if (values.recipientAgencyIds.length === 0) errors.recipientAgencyIds = 'Select at least one agency it may be shared with';
  }
  return errors;
}

export function intelligenceInput(panelId: string, subjectKind: RecordKind, subjectId: string, v: IntelligenceFormValues) {
  const conditional = v.handling === 'C';
  return {
    panelId,
    subjectKind,
    subjectId,
    recordedOn: v.recordedOn.trim(),
    text: v.text.trim(),
    sourceGrade: v.sourceGrade as SourceGrade,
    intelligenceGrade: v.intelligenceGrade as IntelligenceGrade,
    handling: v.handling as HandlingCode,
    handlingConditions: conditional ? v.handlingConditions.trim() : null,
    recipientAgencyIds: conditional ? v.recipientAgencyIds : [],
    gscMarking: v.gscMarking,
  };
}
