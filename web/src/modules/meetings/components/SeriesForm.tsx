import { MEETING_MODE_LABELS, TEXT_LIMITS, type MeetingMode } from '@sentinel/shared';
import { Button } from '../../../ui/Button';
import { DateField } from '../../../ui/DateField';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { InsetText } from '../../../ui/InsetText';
import { Radios } from '../../../ui/Radios';
import { TextInput } from '../../../ui/TextInput';
import { useForm } from '../../app/useForm';
import { summaryItems, type FieldErrors } from '../../app/utils/form-errors';
import { SERIES_FORM_FIELDS, validateSeriesForm, type SeriesFormValues } from '../utils/series-form';
import {
  buildRule,
  DAY_OPTIONS,
  describeRule,
  INTERVAL_OPTIONS,
  WEEK_OPTIONS,
  type Interval,
  type WeekOfMonth,
  type Weekday,
} from '../utils/series-rule';

type Props = {
  initial: SeriesFormValues;
  onSubmit: (values: SeriesFormValues) => Promise<void>;
  serverErrors?: FieldErrors;
  serverGeneral?: string[];
  submitting?: boolean;
};

// The rule is chosen in plain words; the RRULE the API takes is built from them.
export function SeriesForm({ initial, submitting, ...props }: Props) {
  const form = useForm({ initial, validate: validateSeriesForm, ...props });
  const { values, set, errors } = form;
  return (
    <>
      <ErrorSummary errors={summaryItems(errors, SERIES_FORM_FIELDS, form.general)} />
      <form onSubmit={form.submit} noValidate aria-label="Meeting schedule">
        <Radios
          id="week"
          legend="Week of the month"
          inline
          options={WEEK_OPTIONS}
          value={values.week}
          onChange={(v) => set('week')(v as WeekOfMonth)}
          error={errors.week}
        />
        <Radios id="day" legend="Day" inline options={DAY_OPTIONS} value={values.day} onChange={(v) => set('day')(v as Weekday)} error={errors.day} />
        <Radios
          id="interval"
          legend="Every"
          inline
          options={INTERVAL_OPTIONS}
          value={values.interval}
          onChange={(v) => set('interval')(v as Interval)}
          error={errors.interval}
        />
        <InsetText>
          <span data-testid="rule-summary">{describeRule(buildRule(values))}</span>
        </InsetText>
        <DateField
          id="startsOn"
          label="First date"
          hint="The series starts on or after this day. Year, month and day, for example 2026-03-10"
          value={values.startsOn}
          onChange={set('startsOn')}
          error={errors.startsOn}
        />
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
          id="durationMinutes"
          label="Length in minutes"
          hint="The panel usually meets for 2 hours (120 minutes)"
          value={values.durationMinutes}
          onChange={set('durationMinutes')}
          error={errors.durationMinutes}
          widthClass="govuk-input--width-4"
          inputMode="numeric"
        />
        <Radios
          id="firstMode"
          legend="First meeting"
          hint="Meetings then alternate between Microsoft Teams and in person"
          options={(['TEAMS', 'IN_PERSON'] as MeetingMode[]).map((m) => ({ value: m, label: MEETING_MODE_LABELS[m] }))}
          value={values.firstMode}
          onChange={(v) => set('firstMode')(v as MeetingMode)}
          error={errors.firstMode}
        />
        <TextInput
          id="teamsUrl"
          label="Teams meeting link"
          hint="For the Teams meetings, starting https://teams.microsoft.com/"
          value={values.teamsUrl}
          onChange={set('teamsUrl')}
          error={errors.teamsUrl}
          spellCheck={false}
          maxLength={TEXT_LIMITS.teamsUrl}
        />
        <TextInput
          id="location"
          label="Location"
          hint="Where the in-person meetings are held, for example Force headquarters, conference room 2"
          value={values.location}
          onChange={set('location')}
          error={errors.location}
          maxLength={TEXT_LIMITS.meetingLocation}
        />
        <Button disabled={submitting}>Save schedule</Button>
      </form>
    </>
  );
}
