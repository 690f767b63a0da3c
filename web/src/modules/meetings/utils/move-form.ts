import { isTeamsUrl, TEXT_LIMITS, tooLongProblem, type MeetingMode } from '@sentinel/shared';
import { isIsoDate } from '../../../ui/DateField';
import { formatDate } from '../../app/utils/dates';
import type { FieldErrors } from '../../app/utils/form-errors';
import { isTime, londonDateAndTime, londonIso } from './dates';

export type MoveFormValues = { date: string; startTime: string; endTime: string; mode: MeetingMode; teamsUrl: string; location: string };

export const MOVE_FORM_FIELDS = ['date', 'startTime', 'endTime', 'mode', 'teamsUrl', 'location'];

type Meeting = { startsAt: string; endsAt: string; mode: MeetingMode; teamsUrl?: string | null; location?: string | null };

export function moveFormFrom(m: Meeting): MoveFormValues {
  const start = londonDateAndTime(m.startsAt);
  return {
    date: start.date,
    startTime: start.time,
    endTime: londonDateAndTime(m.endsAt).time,
    mode: m.mode,
    teamsUrl: m.teamsUrl ?? '',
    location: m.location ?? '',
  };
}

/** The form's values under the meeting's own field names, as a CONFLICT names them: a start, an end, a place. */
export type MeetingReviewValues = { startsAt: string; endsAt: string; mode: MeetingMode; teamsUrl: string; location: string };

export function moveReview(v: MoveFormValues): MeetingReviewValues {
  return {
    startsAt: `${formatDate(v.date.trim())} at ${v.startTime.trim()}`,
    endsAt: v.endTime.trim(),
    mode: v.mode,
    teamsUrl: v.mode === 'TEAMS' ? v.teamsUrl.trim() : '',
    location: v.mode === 'IN_PERSON' ? v.location.trim() : '',
  };
}

export function validateMoveForm(v: MoveFormValues): FieldErrors {
  const errors: FieldErrors = {};
  if (!isIsoDate(v.date.trim())) errors.date = 'Enter the date as year-month-day, for example 2026-07-14';
  if (!isTime(v.startTime.trim())) errors.startTime = 'Enter the start time, for example 10:00';
  if (!isTime(v.endTime.trim())) errors.endTime = 'Enter the end time, for example 12:00';
  else if (isTime(v.startTime.trim()) && v.endTime.trim() <= v.startTime.trim()) errors.endTime = 'The end time must be after the start time';
  const teamsUrl = v.teamsUrl.trim();
  const location = v.location.trim();
  if (v.mode === 'TEAMS' && teamsUrl.length > TEXT_LIMITS.teamsUrl)
    errors.teamsUrl = tooLongProblem('Teams meeting link', teamsUrl, TEXT_LIMITS.teamsUrl)!;
  else if (v.mode === 'TEAMS' && !isTeamsUrl(teamsUrl)) errors.teamsUrl = 'Enter a Teams meeting link that starts https://teams.microsoft.com/';
  if (v.mode === 'IN_PERSON' && !location) errors.location = 'Enter where the meeting is held';
  else if (v.mode === 'IN_PERSON' && location.length > TEXT_LIMITS.meetingLocation)
    errors.location = tooLongProblem('Location', location, TEXT_LIMITS.meetingLocation)!;
  return errors;
}

export function moveInput(id: string, version: number, v: MoveFormValues) {
  return {
    id,
    version,
    startsAt: londonIso(v.date.trim(), v.startTime.trim()),
    endsAt: londonIso(v.date.trim(), v.endTime.trim()),
    mode: v.mode,
    teamsUrl: v.mode === 'TEAMS' ? v.teamsUrl.trim() : null,
    location: v.mode === 'IN_PERSON' ? v.location.trim() : null,
  };
}
