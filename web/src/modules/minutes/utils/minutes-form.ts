import { ATTENDANCE_MARK_LABELS, TEXT_LIMITS, tooLongProblem, type AttendanceMark } from '@sentinel/shared';
import type { MeetingDetailsFragment, MeetingMinutesFieldsFragment } from '../../../gql/graphql';
import type { PartLabels, ValueLabels } from '../../app/useConflict';
import type { FieldErrors } from '../../app/utils/form-errors';
import { htmlToText, minutesTextProblem, textToHtml } from '../../meetings/utils/rich-text';

export type RegisterLine = Pick<MeetingDetailsFragment['attendance'][number], 'userId' | 'userName' | 'agencyName' | 'reply' | 'presence'>;

export type MinutesFormValues = {
  reason: string;
  items: Record<string, { notes: string; decisions: string }>;
  /** Each member's line of the register; '' while nothing is recorded for them. */
  attendance: Record<string, AttendanceMark | ''>;
};

/** A register line as the minutes read it: present (in person or remotely), apologies, absent, or not recorded. */
export function markOf(l: RegisterLine): AttendanceMark | '' {
  if (l.presence === 'IN_PERSON' || l.presence === 'REMOTE') return l.presence;
  if (l.reply === 'APOLOGIES') return 'APOLOGIES';
  return l.presence === 'ABSENT' ? 'ABSENT' : '';
}

export function minutesFormFrom(minutes: MeetingMinutesFieldsFragment, register: readonly RegisterLine[] = []): MinutesFormValues {
  return {
    reason: '',
    items: Object.fromEntries(minutes.items.map((i) => [i.itemId, { notes: htmlToText(i.notes), decisions: htmlToText(i.decisions) }])),
    attendance: Object.fromEntries(register.map((l) => [l.userId, markOf(l)])),
  };
}

/** Only the register lines the chair changed are sent; the minutes' attendance is then read from the register. */
export function changedAttendance(register: readonly RegisterLine[], v: MinutesFormValues): { userId: string; mark: AttendanceMark }[] {
  return register.flatMap((l) => {
    const now = v.attendance[l.userId];
    return now && now !== markOf(l) ? [{ userId: l.userId, mark: now }] : [];
  });
}

/** Each item's notes and decisions within the limit; a correction also needs its reason. */
export function validateMinutesForm(v: MinutesFormValues, correction: boolean): FieldErrors {
  const errors: FieldErrors = {};
  if (correction) {
    const reason = v.reason.trim();
    if (!reason) errors.reason = 'Enter why the approved minutes are being corrected';
    else if (reason.length > TEXT_LIMITS.correctionReason)
      errors.reason = tooLongProblem('Reason for the correction', reason, TEXT_LIMITS.correctionReason)!;
  }
  for (const [itemId, item] of Object.entries(v.items)) {
    const notes = minutesTextProblem('Notes', item.notes);
    const decisions = minutesTextProblem('Decisions', item.decisions);
    if (notes) errors[`notes-${itemId}`] = notes;
    if (decisions) errors[`decisions-${itemId}`] = decisions;
  }
  return errors;
}

/** Only the items whose text changed are sent; the API keeps the others as they were. */
export function changedItems(minutes: MeetingMinutesFieldsFragment, v: MinutesFormValues) {
  const before = minutesFormFrom(minutes).items;
  return Object.entries(v.items)
    .filter(([id, now]) => now.notes !== before[id]?.notes || now.decisions !== before[id]?.decisions)
    .map(([itemId, now]) => ({ itemId, notes: textToHtml(now.notes), decisions: textToHtml(now.decisions) }));
}

/**
 * The form's values as a CONFLICT names them, part by part: `items.<id>` an item's notes and decisions,
 * `attendance.<user id>` a member's line of the register.
 */
export function minutesReview(v: MinutesFormValues): Record<string, unknown> {
  return {
    ...Object.fromEntries(Object.entries(v.items).map(([id, text]) => [`items.${id}`, text])),
    ...Object.fromEntries(Object.entries(v.attendance).map(([id, mark]) => [`attendance.${id}`, mark])),
  };
}

/** The parts the person changed since the form opened on `opened`, as `minutesReview` names them. */
export function typedParts(opened: MinutesFormValues, v: MinutesFormValues): Record<string, unknown> {
  const before = minutesReview(opened);
  return Object.fromEntries(Object.entries(minutesReview(v)).filter(([part, value]) => JSON.stringify(value) !== JSON.stringify(before[part])));
}

/** `v` with the parts given put in place of its own. */
export function withParts(v: MinutesFormValues, parts: Record<string, unknown>): MinutesFormValues {
  const items = { ...v.items };
  const attendance = { ...v.attendance };
  for (const [part, value] of Object.entries(parts)) {
    const [kind, id] = part.split('.');
    if (kind === 'items') items[id] = value as MinutesFormValues['items'][string];
    else if (kind === 'attendance') attendance[id] = value as MinutesFormValues['attendance'][string];
  }
  return { ...v, items, attendance };
}

/** Each part as the form shows it (the item's legend, the member's line) and the words for its values. */
export function minutesReviewLabels(minutes: MeetingMinutesFieldsFragment, register: readonly RegisterLine[]) {
  const parts: PartLabels = {};
  const values: ValueLabels = {};
  for (const item of minutes.items) {
    parts[`items.${item.itemId}`] = `${item.position}. ${item.title}`;
    values[`items.${item.itemId}`] = { notes: 'Notes', decisions: 'Decisions' };
  }
  for (const line of register) {
    parts[`attendance.${line.userId}`] = `Attendance of ${line.userName}`;
    values[`attendance.${line.userId}`] = ATTENDANCE_MARK_LABELS;
  }
  return { parts, values };
}
