import type { ReactNode } from 'react';
import { MEETING_MODE_LABELS, TEXT_LIMITS, type MeetingMode } from '@sentinel/shared';
import { Button, ButtonGroup } from '../../../ui/Button';
import { DateField } from '../../../ui/DateField';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { Radios } from '../../../ui/Radios';
import { TextInput } from '../../../ui/TextInput';
import { useForm } from '../../app/useForm';
import { summaryItems, type FieldErrors } from '../../app/utils/form-errors';
import { MOVE_FORM_FIELDS, validateMoveForm, type MoveFormValues } from '../utils/move-form';

type Props = {
  initial: MoveFormValues;
  onSubmit: (values: MoveFormValues) => Promise<void>;
  serverErrors?: FieldErrors;
  serverGeneral?: string[];
  submitting?: boolean;
  cancel: ReactNode;
};

export function MoveMeetingForm({ initial, submitting, cancel, ...props }: Props) {
  const form = useForm({ initial, validate: validateMoveForm, ...props });
  const { values, set, errors } = form;
  return (
    <>
      <ErrorSummary errors={summaryItems(errors, MOVE_FORM_FIELDS, form.general)} />
      <form onSubmit={form.submit} noValidate aria-label="Move the meeting">
        <DateField id="date" label="Date" value={values.date} onChange={set('date')} error={errors.date} />
        <TextInput
          id="startTime"
          label="Start time"
          hint="UK time, 24-hour clock, for example 10:00"
          value={values.startTime}
          onChange={set('startTime')}
          error={errors.startTime}
          widthClass="govuk-input--width-5"
          inputMode="numeric"
        />
        <TextInput
          id="endTime"
          label="End time"
          hint="For example 12:00"
          value={values.endTime}
          onChange={set('endTime')}
          error={errors.endTime}
          widthClass="govuk-input--width-5"
          inputMode="numeric"
        />
        <Radios
          id="mode"
          legend="How it is held"
          options={(['TEAMS', 'IN_PERSON'] as MeetingMode[]).map((m) => ({ value: m, label: MEETING_MODE_LABELS[m] }))}
          value={values.mode}
          onChange={(v) => set('mode')(v as MeetingMode)}
          error={errors.mode}
        />
        {values.mode === 'TEAMS' ? (
          <TextInput
            id="teamsUrl"
            label="Teams meeting link"
            hint="Starting https://teams.microsoft.com/"
            value={values.teamsUrl}
            onChange={set('teamsUrl')}
            error={errors.teamsUrl}
            spellCheck={false}
            maxLength={TEXT_LIMITS.teamsUrl}
          />
        ) : (
          <TextInput
            id="location"
            label="Location"
            value={values.location}
            onChange={set('location')}
            error={errors.location}
            maxLength={TEXT_LIMITS.meetingLocation}
          />
        )}
        <ButtonGroup>
          <Button disabled={submitting}>Save changes</Button>
          {cancel}
        </ButtonGroup>
      </form>
    </>
  );
}
