import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsISO8601, IsOptional, IsUUID } from 'class-validator';
import { ATTENDANCE_REPLIES, PRESENCES, type AttendanceReply, type Presence } from '@sentinel/shared';
import { AttendanceReplyEnum, PresenceEnum } from './meeting.enums.js';

@InputType({ description: 'A member’s reply before a meeting; apologies may name a substitute from their own agency' })
export class ReplyToMeetingInput {
  @Field(() => ID) @IsUUID() meetingId: string;

  @Field(() => AttendanceReplyEnum)
  @IsIn(ATTENDANCE_REPLIES as unknown as string[])
  reply: AttendanceReply;

  @Field(() => ID, { nullable: true, description: 'With apologies: an active member of your agency on this panel who comes instead' })
  @IsOptional()
  @IsUUID('all', { message: 'Select the substitute from the list' })
  substituteUserId?: string | null;
}

@InputType({ description: 'The coordinator marks who is there, and how; each attendee acknowledges the confidentiality statement themselves' })
export class MarkAttendanceInput {
  @Field(() => ID) @IsUUID() meetingId: string;
  @Field(() => ID) @IsUUID() userId: string;

  @Field(() => PresenceEnum)
  @IsIn(PRESENCES as unknown as string[])
  presence: Presence;
}

@ArgsType()
export class AttendanceFiguresArgs {
  @Field(() => ID) @IsUUID() panelId: string;

  @Field(() => String, { nullable: true, description: 'Meetings starting at or after this instant (ISO 8601)' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'Enter an ISO 8601 date and time' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Meetings starting before this instant (ISO 8601)' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'Enter an ISO 8601 date and time' })
  to?: string | null;
}
