import type { ReactNode } from 'react';
import { Button, ButtonGroup } from '../../../ui/Button';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import type { SelectOption } from '../../../ui/Select';
import { useForm } from '../../app/useForm';
import { summaryItems, type FieldErrors } from '../../app/utils/form-errors';
import { DISRUPTION_FIELDS, emptyDisruptionForm, validateDisruptionForm, type DisruptionFormValues } from '../utils/disruption-form';
import { DisruptionFields } from './DisruptionFields';

type Props = {
  /** The agencies the viewer may record for; none for a partner, whose own agency is recorded. */
  agencies?: SelectOption[];
  initialValues?: DisruptionFormValues;
  submitText?: string;
  onSubmit: (values: DisruptionFormValues) => Promise<void>;
  serverErrors?: FieldErrors;
  serverGeneral?: string[];
  submitting?: boolean;
  heading: ReactNode;
  cancel?: ReactNode;
};

export function DisruptionForm(props: Props) {
  const form = useForm({ initial: props.initialValues ?? emptyDisruptionForm(), validate: validateDisruptionForm, ...props });
  return (
    <>
      <ErrorSummary errors={summaryItems(form.errors, DISRUPTION_FIELDS, form.general)} />
      {props.heading}
      <form onSubmit={form.submit} noValidate>
        <DisruptionFields values={form.values} set={form.set} errors={form.errors} agencies={props.agencies} />
        <ButtonGroup>
          <Button disabled={props.submitting}>{props.submitText ?? 'Record disruption'}</Button>
          {props.cancel}
        </ButtonGroup>
      </form>
    </>
  );
}
