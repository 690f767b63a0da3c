import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import {
  DEFAULT_MEETING_MINUTES,
  MEETING_MODES,
  MEETING_STATUSES,
  TEXT_LIMITS,
  tooLongMessage,
  type MeetingMode,
  type MeetingStatus,
} from '@sentinel/shared';
import { IsCalendarDate } from '../../core/errors/input-validators.js';
import { PageArgs } from '../../core/graphql/page.js';
import { MeetingModeEnum, MeetingStatusEnum } from './meeting.enums.js';

const TEAMS_URL_TOO_LONG = tooLongMessage('Teams meeting link', TEXT_LIMITS.teamsUrl);

// Instants are plain strings (ISO 8601 with an offset) so that a bad value is a field error, not a parse failure.
const INSTANT = /(Z|[+-]\d{2}:?\d{2})$/;

@InputType({ description: 'The panel’s schedule. Saving it regenerates the next six meetings that no one has moved.' })
export class SetMeetingSeriesInput {
  @Field(() => ID) @IsUUID() panelId: string;

  @Field({ description: 'RFC 5545 RRULE, e.g. FREQ=MONTHLY;INTERVAL=2;BYDAY=2TU (second Tuesday, every other month)' })
  @IsString()
  @MaxLength(200)
  rule: string;

  @Field({ description: 'yyyy-mm-dd: the series starts on or after this day' })
  @IsCalendarDate('the start date')
  startsOn: string;

  @Field({ description: 'HH:MM, Europe/London wall-clock time' })
  @Matches(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, { message: 'Enter the start time as HH:MM, for example 10:00' })
  startTime: string;

  @Field(() => Int, { defaultValue: DEFAULT_MEETING_MINUTES })
  @IsInt()
  @Min(15, { message: 'A meeting lasts at least 15 minutes' })
  @Max(480, { message: 'A meeting lasts at most 8 hours' })
  durationMinutes: number = DEFAULT_MEETING_MINUTES;

  @Field(() => MeetingModeEnum, { defaultValue: 'TEAMS', description: 'The first meeting’s mode; the series then alternates' })
  @IsIn(MEETING_MODES as unknown as string[])
  firstMode: MeetingMode = 'TEAMS';

  @Field(() => String, { nullable: true, description: 'The Teams link for the Teams meetings' })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.teamsUrl, { message: TEAMS_URL_TOO_LONG })
  teamsUrl?: string | null;

  @Field(() => String, { nullable: true, description: 'Where the in-person meetings are held' })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.meetingLocation)
  location?: string | null;

  @Field(() => Int, { nullable: true, description: 'The version of the series you saw, when changing one' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number | null;
}

@InputType({ description: 'Moves one meeting on its own; the series leaves it alone afterwards' })
export class MoveMeetingInput {
  @Field(() => ID) @IsUUID() id: string;

  @Field({ description: 'ISO 8601 with an offset, e.g. 2026-07-14T10:00:00+01:00' })
  @IsISO8601({ strict: true }, { message: 'Enter the start as an ISO 8601 date and time with an offset' })
  @Matches(INSTANT, { message: 'Give the start time with its offset (Z or +01:00)' })
  startsAt: string;

  @Field({ description: 'ISO 8601 with an offset' })
  @IsISO8601({ strict: true }, { message: 'Enter the end as an ISO 8601 date and time with an offset' })
  @Matches(INSTANT, { message: 'Give the end time with its offset (Z or +01:00)' })
  endsAt: string;

  @Field(() => MeetingModeEnum)
  @IsIn(MEETING_MODES as unknown as string[])
  mode: MeetingMode;

  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(TEXT_LIMITS.teamsUrl, { message: TEAMS_URL_TOO_LONG }) teamsUrl?:
    string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(TEXT_LIMITS.meetingLocation) location?: string | null;

  @Field(() => Int) @IsInt() @Min(1) version: number;
}

@ArgsType()
export class MeetingsArgs extends PageArgs {
  @Field(() => ID) @IsUUID() panelId: string;

  @Field(() => String, { nullable: true, description: 'Meetings starting at or after this instant (ISO 8601)' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'Enter an ISO 8601 date and time' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Meetings starting before this instant (ISO 8601)' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'Enter an ISO 8601 date and time' })
  to?: string | null;

  @Field(() => [MeetingStatusEnum], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(MEETING_STATUSES.length)
  @IsIn(MEETING_STATUSES as unknown as string[], { each: true })
  statuses?: MeetingStatus[] | null;
}
