import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { AttendanceReply, Presence } from '@sentinel/shared';
import { AttendanceReplyEnum, PresenceEnum } from './meeting.enums.js';

@ObjectType('MeetingAttendance', { description: 'One person expected at a meeting: their reply beforehand and their presence on the day' })
export class AttendanceObject {
  @Field(() => ID) userId: string;
  @Field() userName: string;
  @Field(() => ID, { nullable: true, description: 'The agency they attend for, as it was at the time' }) agencyId: string | null;
  @Field(() => String, { nullable: true }) agencyName: string | null;
  @Field(() => AttendanceReplyEnum, { nullable: true }) reply: AttendanceReply | null;
  @Field(() => ID, { nullable: true }) substituteUserId: string | null;
  @Field(() => String, { nullable: true, description: 'Who comes instead, from the same agency' }) substituteName: string | null;
  @Field(() => Date, { nullable: true }) repliedAt: Date | null;
  @Field(() => PresenceEnum, { nullable: true }) presence: Presence | null;
  @Field(() => Date, { nullable: true, description: 'When they acknowledged the confidentiality statement' })
  confidentialityAcknowledgedAt: Date | null;
}

@ObjectType('AgencyAttendanceFigures', { description: 'One agency’s attendance at the meetings held in a period' })
export class AgencyAttendanceFiguresObject {
  @Field(() => ID) agencyId: string;
  @Field() agencyName: string;
  @Field(() => Int, { description: 'Meetings held at which the agency was expected' }) meetingsHeld: number;
  @Field(() => Int, { description: 'Of those, meetings at which someone from the agency was present' }) meetingsRepresented: number;
  @Field(() => Int, { description: 'Invitations: one per person expected per meeting' }) membersInvited: number;
  @Field(() => Int) presentInPerson: number;
  @Field(() => Int) presentRemote: number;
  @Field(() => Int, { description: 'Sent apologies and did not attend' }) apologies: number;
  @Field(() => Int, { description: 'Neither present nor sent apologies' }) absent: number;
  @Field(() => Float, { nullable: true, description: 'Meetings represented as a share of meetings held, 0 to 1; null when none was held' })
  attendanceRate: number | null;
}

@ObjectType('MeetingAttendanceFigures')
export class MeetingAttendanceFiguresObject {
  @Field(() => ID) meetingId: string;
  @Field() title: string;
  @Field() startsAt: Date;
  @Field(() => Int, { description: 'People present, in person or remotely' }) attendees: number;
  @Field(() => Int) presentInPerson: number;
  @Field(() => Int) presentRemote: number;
  @Field(() => Int, { description: 'Agencies with someone present' }) agenciesRepresented: number;
  @Field(() => Int, { description: 'Members of the panel when the meeting began (joined, and not disabled)' }) members: number;
  @Field(() => Int, { description: 'Agencies of the panel when the meeting began' }) agencies: number;
  @Field(() => Int, { description: 'Members who joined since the meeting before (since the panel began, for the first)' }) joined: number;
  @Field(() => Int, { description: 'Members disabled since the meeting before' }) left: number;
}

@ObjectType('AttendanceFigures', { description: 'Attendance over the meetings held in a period (in progress or finished)' })
export class AttendanceFiguresObject {
  @Field(() => [AgencyAttendanceFiguresObject]) byAgency: AgencyAttendanceFiguresObject[];
  @Field(() => [MeetingAttendanceFiguresObject], { description: 'Earliest first' }) byMeeting: MeetingAttendanceFiguresObject[];
}
