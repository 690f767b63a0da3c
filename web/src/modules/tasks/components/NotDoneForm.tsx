import { NOT_DONE_CAUSES, NOT_DONE_CAUSE_LABELS, TEXT_LIMITS, type NotDoneCause } from '@sentinel/shared';
import { Button } from '../../../ui/Button';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { Radios } from '../../../ui/Radios';
import { Textarea } from '../../../ui/Textarea';
import { useForm } from '../../app/useForm';
import { summaryItems, type FieldErrors } from '../../app/utils/form-errors';
import { NOT_DONE_FIELDS, validateNotDone, type NotDoneFormValues } from '../utils/task-update-form';

const CAUSE_HINTS: Record<NotDoneCause, string> = {
  CIRCUMSTANCES_CHANGED: 'The task no longer makes sense, for example the group or the person moved on',
  AGENCY_DID_NOT_ACT: 'The agency could have acted but did not',
};

type Props = {
  onSubmit: (values: NotDoneFormValues) => Promise<void>;
  serverErrors?: FieldErrors;
  serverGeneral?: string[];
  submitting?: boolean;
};

// Panels keep "circumstances changed" and "agency did not act" apart, so the cause is always asked for.
export function NotDoneForm(props: Props) {
  const form = useForm<NotDoneFormValues>({ initial: { notDoneCause: '', closingNote: '' }, validate: validateNotDone, ...props });
  const { values, set, errors } = form;
  return (
    <>
      <ErrorSummary errors={summaryItems(errors, NOT_DONE_FIELDS, form.general)} />
      <form onSubmit={form.submit} noValidate aria-labelledby="not-done">
        <Radios
          id="notDoneCause"
          legend="Why was it not done?"
          options={NOT_DONE_CAUSES.map((c) => ({ value: c, label: NOT_DONE_CAUSE_LABELS[c], hint: CAUSE_HINTS[c] }))}
          value={values.notDoneCause}
          onChange={(v) => set('notDoneCause')(v as NotDoneCause)}
          error={errors.notDoneCause}
        />
        <Textarea
          id="closingNote"
          label="Note"
          hint="Optional. What the panel should know when it reviews the task."
          value={values.closingNote}
          onChange={set('closingNote')}
          error={errors.closingNote}
          rows={3}
          maxLength={TEXT_LIMITS.closingNote}
        />
        <Button variant="secondary" disabled={props.submitting}>
          Close as not done
        </Button>
      </form>
    </>
  );
}
