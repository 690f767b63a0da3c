import { registerEnumType } from '@nestjs/graphql';
import { ATTENDANCE_MARKS, ATTENDANCE_REPLIES, MEETING_MODES, MEETING_STATUSES, PRESENCES } from '@sentinel/shared';

function enumObject<T extends string>(values: readonly T[]): Record<T, T> {
  return Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
}

// Registered once here; the agenda and minutes modules import these rather than registering their own.
export const MeetingStatusEnum = enumObject(MEETING_STATUSES);
export const MeetingModeEnum = enumObject(MEETING_MODES);
export const AttendanceReplyEnum = enumObject(ATTENDANCE_REPLIES);
export const PresenceEnum = enumObject(PRESENCES);
export const AttendanceMarkEnum = enumObject(ATTENDANCE_MARKS);

registerEnumType(MeetingStatusEnum, {
  name: 'MeetingStatus',
  description: 'Planned, agenda published, in progress, minutes in draft, minutes approved, or cancelled',
});
registerEnumType(MeetingModeEnum, { name: 'MeetingMode', description: 'Microsoft Teams or in person' });
registerEnumType(AttendanceReplyEnum, { name: 'AttendanceReply' });
registerEnumType(PresenceEnum, { name: 'Presence', description: 'Present in person, present remotely, or absent' });
registerEnumType(AttendanceMarkEnum, { name: 'AttendanceMark', description: 'Present in person, present remotely, apologies, or absent' });
