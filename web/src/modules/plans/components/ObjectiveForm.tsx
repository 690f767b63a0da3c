import type { ReactNode } from 'react';
import {
  FOUR_P_LABELS,
  FOUR_P_STRANDS,
  TACTIC_HEADINGS,
  TACTIC_HEADING_LABELS,
  TEXT_LIMITS,
  tooLongProblem,
  type FourPStrand,
  type TacticHeading,
} from '@sentinel/shared';
import { Button, ButtonGroup } from '../../../ui/Button';
import { Checkboxes } from '../../../ui/Checkboxes';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { Radios } from '../../../ui/Radios';
import { Select, type SelectOption } from '../../../ui/Select';
import { Textarea } from '../../../ui/Textarea';
import { useForm } from '../../app/useForm';
import { summaryItems, type FieldErrors } from '../../app/utils/form-errors';

export type ObjectiveFormValues = { strand: FourPStrand | ''; objective: string; ownerAgencyId: string; tacticHeadings: TacticHeading[] };
export const OBJECTIVE_FIELDS = ['strand', 'objective', 'ownerAgencyId', 'tacticHeadings'];
export const EMPTY_OBJECTIVE: ObjectiveFormValues = { strand: '', objective: '', ownerAgencyId: '', tacticHeadings: [] };

export function validateObjective(v: ObjectiveFormValues): FieldErrors {
  const errors: FieldErrors = {};
  if (!v.strand) errors.strand = 'Select the 4P strand';
  const objective = v.objective.trim();
  if (!objective) errors.objective = 'Enter the objective';
  else if (objective.length > TEXT_LIMITS.objective) errors.objective = tooLongProblem('Objective', objective, TEXT_LIMITS.objective)!;
  if (!v.ownerAgencyId) errors.ownerAgencyId = 'Select the agency that owns the objective';
  return errors;
}

type Props = {
  agencies: SelectOption[];
  initialValues?: ObjectiveFormValues;
  submitText?: string;
  onSubmit: (values: ObjectiveFormValues) => Promise<void>;
  serverErrors?: FieldErrors;
  serverGeneral?: string[];
  submitting?: boolean;
  heading: ReactNode;
  cancel?: ReactNode;
};

export function ObjectiveForm(props: Props) {
  const form = useForm({ initial: props.initialValues ?? EMPTY_OBJECTIVE, validate: validateObjective, ...props });
  const { values, set, errors } = form;
  return (
    <>
      <ErrorSummary errors={summaryItems(errors, OBJECTIVE_FIELDS, form.general)} />
      {props.heading}
      <form onSubmit={form.submit} noValidate>
        <Radios
          id="strand"
          legend="4P strand"
          options={FOUR_P_STRANDS.map((s) => ({ value: s, label: FOUR_P_LABELS[s] }))}
          value={values.strand}
          onChange={(v) => set('strand')(v as FourPStrand)}
          error={errors.strand}
        />
        <Textarea
          id="objective"
          label="Objective"
          value={values.objective}
          onChange={set('objective')}
          error={errors.objective}
          rows={4}
          maxLength={TEXT_LIMITS.objective}
        />
        <Select
          id="ownerAgencyId"
          label="Owner agency"
          value={values.ownerAgencyId}
          options={[{ value: '', label: 'Select an agency' }, ...props.agencies]}
          onChange={set('ownerAgencyId')}
          error={errors.ownerAgencyId}
        />
        <Checkboxes
          id="tacticHeadings"
          legend="Menu-of-tactics headings it covers"
          hint="Select all that apply"
          options={TACTIC_HEADINGS.map((h) => ({ value: h, label: TACTIC_HEADING_LABELS[h] }))}
          values={values.tacticHeadings}
          onChange={(v) => set('tacticHeadings')(v as TacticHeading[])}
          error={errors.tacticHeadings}
        />
        <ButtonGroup>
          <Button disabled={props.submitting}>{props.submitText ?? 'Add objective'}</Button>
          {props.cancel}
        </ButtonGroup>
      </form>
    </>
  );
}
