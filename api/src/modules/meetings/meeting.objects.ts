import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { MeetingMode, MeetingStatus } from '@sentinel/shared';
import { MeetingModeEnum, MeetingStatusEnum } from './meeting.enums.js';

@ObjectType('Meeting', { description: 'One panel meeting, generated from the series or moved on its own' })
export class MeetingObject {
  @Field(() => ID) id: string;
  @Field(() => ID) panelId: string;
  @Field(() => ID, { nullable: true, description: 'The series it was generated from' }) seriesId: string | null;
  @Field({ description: 'e.g. "Panel meeting, 10 March 2026"' }) title: string;
  @Field() startsAt: Date;
  @Field() endsAt: Date;
  @Field(() => MeetingModeEnum) mode: MeetingMode;
  @Field(() => String, { nullable: true, description: 'The Teams link, for a Teams meeting' }) teamsUrl: string | null;
  @Field(() => String, { nullable: true, description: 'Where it is held, for an in-person meeting' }) location: string | null;
  @Field(() => MeetingStatusEnum) status: MeetingStatus;
  /** Not exposed: the item being discussed may be restricted; `Meeting.currentItem` answers per viewer. */
  currentItemId: string | null;
  @Field(() => Date, { nullable: true }) currentItemStartedAt: Date | null;
  @Field(() => Date, { nullable: true }) agendaPublishedAt: Date | null;
  @Field(() => Date, { nullable: true }) openedAt: Date | null;
  @Field(() => Date, { nullable: true }) closedAt: Date | null;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
  @Field(() => Int) version: number;
}

@ObjectType('MeetingPage')
export class MeetingPageObject {
  @Field(() => [MeetingObject]) nodes: MeetingObject[];
  @Field(() => Int) totalCount: number;
}

@ObjectType('MeetingSeries', { description: 'The panel’s schedule: a rule in Europe/London wall-clock time' })
export class MeetingSeriesObject {
  @Field(() => ID) id: string;
  @Field(() => ID) panelId: string;
  @Field({ description: 'RFC 5545 RRULE, e.g. FREQ=MONTHLY;INTERVAL=2;BYDAY=2TU' }) rule: string;
  @Field({ description: 'yyyy-mm-dd' }) startsOn: string;
  @Field({ description: 'HH:MM, Europe/London' }) startTime: string;
  @Field(() => Int) durationMinutes: number;
  @Field(() => MeetingModeEnum, { description: 'The first meeting’s mode; the series then alternates' }) firstMode: MeetingMode;
  @Field(() => String, { nullable: true }) teamsUrl: string | null;
  @Field(() => String, { nullable: true }) location: string | null;
  @Field() updatedAt: Date;
  @Field(() => Int) version: number;
}

@ObjectType('CalendarFile', { description: 'An iCalendar (.ics) file that Outlook and Google Calendar import' })
export class CalendarFileObject {
  @Field() filename: string;
  @Field({ description: 'text/calendar' }) contentType: string;
  @Field({ description: 'The file itself (UTF-8 iCalendar text)' }) content: string;
}
