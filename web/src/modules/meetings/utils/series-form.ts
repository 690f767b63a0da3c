import { DEFAULT_MEETING_MINUTES, isTeamsUrl, TEXT_LIMITS, tooLongProblem, type MeetingMode } from '@sentinel/shared';
import { isIsoDate } from '../../../ui/DateField';
import type { FieldErrors } from '../../app/utils/form-errors';
import { formatDate } from '../../app/utils/dates';
import { buildRule, DEFAULT_RULE, describeRule, parseRule, type Interval, type WeekOfMonth, type Weekday } from './series-rule';
import { isTime } from './dates';

export type SeriesFormValues = {
  week: WeekOfMonth;
  day: Weekday;
  interval: Interval;
  startsOn: string;
  startTime: string;
  durationMinutes: string;
  firstMode: MeetingMode;
  teamsUrl: string;
  location: string;
};

/** The input ids, named after the API's input fields where there is one. */
export const SERIES_FORM_FIELDS = ['week', 'day', 'interval', 'startsOn', 'startTime', 'durationMinutes', 'firstMode', 'teamsUrl', 'location'];

type Stored = {
  rule: string;
  startsOn: string;
  startTime: string;
  durationMinutes: number;
  firstMode: MeetingMode;
  teamsUrl?: string | null;
  location?: string | null;
};

export function seriesFormFrom(series: Stored | null | undefined): SeriesFormValues {
  const rule = (series && parseRule(series.rule)) ?? DEFAULT_RULE;
  return {
    ...rule,
    startsOn: series?.startsOn ?? '',
    startTime: series?.startTime ?? '10:00',
    durationMinutes: String(series?.durationMinutes ?? DEFAULT_MEETING_MINUTES),
    firstMode: series?.firstMode ?? 'TEAMS',
    teamsUrl: series?.teamsUrl ?? '',
    location: series?.location ?? '',
  };
}

/** The form's values under the series' own field names, as a CONFLICT names them: the rule in words. */
export type SeriesReviewValues = Omit<SeriesFormValues, 'week' | 'day' | 'interval'> & { rule: string };

export function seriesReview({ week, day, interval, ...v }: SeriesFormValues, rule = buildRule({ week, day, interval })): SeriesReviewValues {
  return { ...v, rule: describeRule(rule), startsOn: formatDate(v.startsOn.trim()) };
}

export function validateSeriesForm(v: SeriesFormValues): FieldErrors {
  const errors: FieldErrors = {};
  if (!isIsoDate(v.startsOn.trim())) errors.startsOn = 'Enter the first date as year-month-day, for example 2026-03-10';
  if (!isTime(v.startTime.trim())) errors.startTime = 'Enter the start time as hours and minutes on the 24-hour clock, for example 10:00';
  const duration = Number(v.durationMinutes);
  if (!Number.isInteger(duration) || duration < 15 || duration > 480) errors.durationMinutes = 'Enter the length in minutes, between 15 and 480';
  // The series alternates, so both a Teams link and a place are needed whichever comes first.
  const teamsUrl = v.teamsUrl.trim();
  const location = v.location.trim();
  if (!teamsUrl) errors.teamsUrl = 'Enter the Teams meeting link';
  else if (teamsUrl.length > TEXT_LIMITS.teamsUrl) errors.teamsUrl = tooLongProblem('Teams meeting link', teamsUrl, TEXT_LIMITS.teamsUrl)!;
  else if (!isTeamsUrl(teamsUrl)) errors.teamsUrl = 'Enter a Teams meeting link that starts https://teams.microsoft.com/';
  if (!location) errors.location = 'Enter where the in-person meetings are held';
  else if (location.length > TEXT_LIMITS.meetingLocation) errors.location = tooLongProblem('Location', location, TEXT_LIMITS.meetingLocation)!;
  return errors;
}

export function seriesInput(panelId: string, v: SeriesFormValues, version: number | null) {
  return {
    panelId,
    rule: buildRule(v),
    startsOn: v.startsOn.trim(),
    startTime: v.startTime.trim(),
    durationMinutes: Number(v.durationMinutes),
    firstMode: v.firstMode,
    teamsUrl: v.teamsUrl.trim() || null,
    location: v.location.trim() || null,
    version,
  };
}
