import type { ReactNode } from 'react';
import { NOMINAL_ROLES, TEXT_LIMITS, type NominalRole } from '@sentinel/shared';
import { Button, ButtonGroup } from '../../../ui/Button';
import { Checkboxes } from '../../../ui/Checkboxes';
import { DateField } from '../../../ui/DateField';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { Radios } from '../../../ui/Radios';
import { Textarea } from '../../../ui/Textarea';
import { TextInput } from '../../../ui/TextInput';
import { useForm } from '../../app/useForm';
import { summaryItems, type FieldErrors } from '../../app/utils/form-errors';
import { MarkingRadios } from '../../records/components/MarkingRadios';
import { roleLabel } from '../../records/utils/labels';
import { FLAG_OPTIONS, NOMINAL_FORM_FIELDS, validateNominalForm, type NominalFlag, type NominalFormValues } from '../utils/nominal-form';

type Props = {
  initialValues: NominalFormValues;
  withRole: boolean;
  submitText: string;
  onSubmit: (values: NominalFormValues) => Promise<void>;
  serverErrors?: FieldErrors;
  serverGeneral?: string[];
  submitting?: boolean;
  heading: ReactNode;
  cancel?: ReactNode;
};

export function NominalForm(props: Props) {
  const form = useForm({
    initial: props.initialValues,
    validate: (v: NominalFormValues) => validateNominalForm(v, props.withRole, props.initialValues.nextReviewOn),
    onSubmit: props.onSubmit,
    serverErrors: props.serverErrors,
    serverGeneral: props.serverGeneral,
  });
  const { values, set, errors } = form;
  return (
    <>
      <ErrorSummary errors={summaryItems(errors, NOMINAL_FORM_FIELDS, form.general)} />
      {props.heading}
      <form onSubmit={form.submit} noValidate>
        {props.withRole && (
          <Radios
            id="role"
            legend="Role in this group"
            options={NOMINAL_ROLES.map((r) => ({ value: r, label: roleLabel(r) }))}
            value={values.role}
            onChange={(v) => set('role')(v as NominalRole)}
            error={errors.role}
          />
        )}
        <TextInput
          id="surname"
          label="Surname"
          value={values.surname}
          onChange={set('surname')}
          error={errors.surname}
          maxLength={TEXT_LIMITS.nominalSurname}
          autoComplete="off"
          spellCheck={false}
        />
        <TextInput
          id="forenames"
          label="Forenames"
          value={values.forenames}
          onChange={set('forenames')}
          error={errors.forenames}
          maxLength={TEXT_LIMITS.nominalForenames}
          autoComplete="off"
          spellCheck={false}
        />
        <Textarea
          id="aliases"
          label="Aliases (optional)"
          hint="One alias or street name on each line"
          value={values.aliases}
          onChange={set('aliases')}
          error={errors.aliases}
          rows={3}
          spellCheck={false}
        />
        <DateField
          id="dateOfBirth"
          label="Date of birth"
          hint="Optional. Year, month and day, for example 1990-03-31"
          value={values.dateOfBirth}
          onChange={set('dateOfBirth')}
          error={errors.dateOfBirth}
        />
        <Checkboxes
          id="flags"
          legend="Flags"
          hint="Select all that apply"
          options={FLAG_OPTIONS}
          values={values.flags}
          onChange={(v) => set('flags')(v as NominalFlag[])}
          error={errors.flags}
        />
        <DateField
          id="nextReviewOn"
          label="Next review (optional)"
          value={values.nextReviewOn}
          onChange={set('nextReviewOn')}
          error={errors.nextReviewOn}
        />
        <MarkingRadios value={values.gscMarking} onChange={set('gscMarking')} error={errors.gscMarking} />
        <ButtonGroup>
          <Button disabled={props.submitting}>{props.submitText}</Button>
          {props.cancel}
        </ButtonGroup>
      </form>
    </>
  );
}
