import type { ReactNode } from 'react';
import { TEXT_LIMITS } from '@sentinel/shared';
import type { MeetingMinutesFieldsFragment } from '../../../gql/graphql';
import { Button, ButtonGroup } from '../../../ui/Button';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { Textarea } from '../../../ui/Textarea';
import { useForm } from '../../app/useForm';
import { summaryItems, type FieldErrors } from '../../app/utils/form-errors';
import { minutesFormFrom, validateMinutesForm, type MinutesFormValues, type RegisterLine } from '../utils/minutes-form';
import { MinutesAttendanceFields } from './MinutesAttendanceFields';

type Props = {
  minutes: MeetingMinutesFieldsFragment;
  /** The meeting's attendance register, one line per member expected. */
  register?: readonly RegisterLine[];
  /** A correction of approved minutes needs a reason; an edit of a draft does not. */
  correction: boolean;
  onSubmit: (values: MinutesFormValues) => Promise<void>;
  onCancel: () => void;
  serverErrors?: FieldErrors;
  serverGeneral?: string[];
  submitting?: boolean;
  /** Shown under the heading: the conflict review after a stale save. */
  review?: ReactNode;
  /** What the form opens with, when not the minutes as they are (after a CONFLICT, the parts typed kept). */
  initial?: MinutesFormValues;
};

export function MinutesForm({ minutes, register = [], correction, onCancel, submitting, review, initial, ...props }: Props) {
  const form = useForm<MinutesFormValues>({
    initial: initial ?? minutesFormFrom(minutes, register),
    validate: (v) => validateMinutesForm(v, correction),
    ...props,
  });
  const setItem = (itemId: string, field: 'notes' | 'decisions') => (value: string) =>
    form.setValues((v) => ({ ...v, items: { ...v.items, [itemId]: { ...v.items[itemId], [field]: value } } }));
  return (
    <>
      <ErrorSummary errors={summaryItems(form.errors, ['reason'], form.general)} />
      <h2 className="govuk-heading-m">{correction ? 'Record a correction' : 'Edit minutes'}</h2>
      {review}
      <form onSubmit={form.submit} noValidate aria-label={correction ? 'Record a correction' : 'Edit minutes'}>
        {correction && (
          <Textarea
            id="reason"
            label="Reason for the correction"
            hint="Shown with the new version, for example what was wrong and who pointed it out"
            value={form.values.reason}
            onChange={(r) => form.setValues((v) => ({ ...v, reason: r }))}
            error={form.errors.reason}
            rows={3}
            maxLength={TEXT_LIMITS.correctionReason}
          />
        )}
        <MinutesAttendanceFields
          register={register}
          values={form.values.attendance}
          onChange={(userId, mark) => form.setValues((v) => ({ ...v, attendance: { ...v.attendance, [userId]: mark } }))}
        />
        {minutes.items.map((item) => (
          <fieldset className="govuk-fieldset app-subsection" key={item.itemId}>
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
              {item.position}. {item.title}
              {item.restrictedTo.length > 0 && ' (restricted)'}
            </legend>
            <Textarea
              id={`notes-${item.itemId}`}
              label="Notes"
              value={form.values.items[item.itemId]?.notes ?? ''}
              onChange={setItem(item.itemId, 'notes')}
              error={form.errors[`notes-${item.itemId}`]}
              rows={4}
              maxLength={TEXT_LIMITS.minutesText}
            />
            <Textarea
              id={`decisions-${item.itemId}`}
              label="Decisions"
              value={form.values.items[item.itemId]?.decisions ?? ''}
              onChange={setItem(item.itemId, 'decisions')}
              error={form.errors[`decisions-${item.itemId}`]}
              rows={3}
              maxLength={TEXT_LIMITS.minutesText}
            />
          </fieldset>
        ))}
        <ButtonGroup>
          <Button disabled={submitting}>{correction ? 'Save correction' : 'Save minutes'}</Button>
          <Button type="button" variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}
