import type { AttendanceMark } from '@sentinel/shared';
import type { MeetingDetailsFragment, MeetingMinutesFieldsFragment } from '../../../gql/graphql';
import type { FieldErrors } from '../../app/utils/form-errors';
import { htmlToText, textToHtml } from '../../meetings/utils/rich-text';

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

export function validateCorrection(v: MinutesFormValues): FieldErrors {
  const reason = v.reason.trim();
  if (!reason) return { reason: 'Enter why the approved minutes are being corrected' };
  if (reason.length > 2000) return { reason: 'The reason must be 2000 characters or fewer' };
  return {};
}

/** Only the items whose text changed are sent; the API keeps the others as they were. */
export function changedItems(minutes: MeetingMinutesFieldsFragment, v: MinutesFormValues) {
  const before = minutesFormFrom(minutes).items;
  return Object.entries(v.items)
    .filter(([id, now]) => now.notes !== before[id]?.notes || now.decisions !== before[id]?.decisions)
    .map(([itemId, now]) => ({ itemId, notes: textToHtml(now.notes), decisions: textToHtml(now.decisions) }));
}
