import { TASK_STATUS_LABELS, TEXT_LIMITS, type TaskStatus } from '@sentinel/shared';
import { Button } from '../../../ui/Button';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { Radios } from '../../../ui/Radios';
import { Textarea } from '../../../ui/Textarea';
import { useForm } from '../../app/useForm';
import { summaryItems, type FieldErrors } from '../../app/utils/form-errors';
import { DisruptionFields } from '../../disruptions/components/DisruptionFields';
import type { DisruptionFormValues } from '../../disruptions/utils/disruption-form';
import { allowedNextStatuses } from '../utils/task-status';
import { emptyTaskUpdate, TASK_UPDATE_FIELDS, validateTaskUpdate, type TaskUpdateFormValues } from '../utils/task-update-form';

type Props = {
  status: TaskStatus;
  manager: boolean;
  /** The group's reference when the task is linked to one and the person may record disruptions. */
  disruptionGroup?: string | null;
  onSubmit: (values: TaskUpdateFormValues) => Promise<void>;
  serverErrors?: FieldErrors;
  serverGeneral?: string[];
  submitting?: boolean;
};

export function TaskUpdateForm({ status, manager, disruptionGroup, ...props }: Props) {
  const form = useForm({ initial: emptyTaskUpdate(), validate: validateTaskUpdate, ...props });
  const { values, set, errors } = form;
  const next = allowedNextStatuses(status, manager);
  const setDisruption =
    <K extends keyof DisruptionFormValues>(field: K) =>
    (value: DisruptionFormValues[K]) =>
      form.setValues((v) => ({ ...v, disruption: { ...v.disruption, [field]: value } }));
  const chosen = next.includes(values.status as TaskStatus) ? values.status : '';
  return (
    <>
      <ErrorSummary errors={summaryItems(errors, TASK_UPDATE_FIELDS, form.general)} />
      <form onSubmit={form.submit} noValidate>
        <Textarea
          id="text"
          label="Update"
          hint="What your agency has done, found or needs. When completing, say what was achieved: it becomes the closing note."
          value={values.text}
          onChange={set('text')}
          error={errors.text}
          rows={5}
          maxLength={TEXT_LIMITS.taskUpdate}
        />
        {next.length > 0 && (
          <Radios
            id="status"
            legend="Status"
            hint={`Now ${TASK_STATUS_LABELS[status].toLowerCase()}`}
            options={[{ value: '', label: 'No change' }, ...next.map((s) => ({ value: s, label: TASK_STATUS_LABELS[s] }))]}
            value={chosen}
            onChange={(v) => set('status')(v as TaskStatus | '')}
            error={errors.status}
          />
        )}
        {chosen === 'BLOCKED' && (
          <Textarea
            id="blockedReason"
            label="What is blocking the task"
            value={values.blockedReason}
            onChange={set('blockedReason')}
            error={errors.blockedReason}
            rows={3}
            maxLength={TEXT_LIMITS.blockedReason}
          />
        )}
        {chosen === 'COMPLETED' && disruptionGroup && (
          <div className="govuk-form-group">
            <div className="govuk-checkboxes" data-module="govuk-checkboxes">
              <div className="govuk-checkboxes__item">
                <input
                  className="govuk-checkboxes__input"
                  id="recordDisruption"
                  name="recordDisruption"
                  type="checkbox"
                  checked={values.recordDisruption}
                  onChange={(e) => set('recordDisruption')(e.target.checked)}
                  aria-describedby="recordDisruption-hint"
                />
                <label className="govuk-label govuk-checkboxes__label" htmlFor="recordDisruption">
                  Record a disruption in the group's ledger
                </label>
                <div id="recordDisruption-hint" className="govuk-hint govuk-checkboxes__hint">
                  Adds it to the disruption ledger of {disruptionGroup}, credited to the task's agency
                </div>
              </div>
            </div>
          </div>
        )}
        {chosen === 'COMPLETED' && disruptionGroup && values.recordDisruption && (
          <section className="app-subsection" aria-labelledby="disruption-heading">
            <h3 className="govuk-heading-s" id="disruption-heading">
              Disruption
            </h3>
            <DisruptionFields values={values.disruption} set={setDisruption} errors={errors} />
          </section>
        )}
        <Button disabled={props.submitting}>Post update</Button>
      </form>
    </>
  );
}
