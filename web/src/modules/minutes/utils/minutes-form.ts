import { TEXT_LIMITS, tooLongProblem, type AttendanceMark } from '@sentinel/shared';
import type { MeetingDetailsFragment, MeetingMinutesFieldsFragment } from '../../../gql/graphql';
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
