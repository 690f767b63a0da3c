import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { MeetingStatus } from '@sentinel/shared';
import { MeetingStatusEnum } from '../meetings/meeting.enums.js';
import { MeetingLiveEventKindEnum, type MeetingLiveEventKind } from './agenda.enums.js';
import { AgendaItemObject } from './agenda.objects.js';

@ObjectType('MeetingLive', { description: 'What every attendee’s screen follows during the meeting, shaped for the viewer' })
export class MeetingLiveObject {
  @Field(() => ID) meetingId: string;
  @Field(() => MeetingStatusEnum) status: MeetingStatus;
  @Field(() => MeetingLiveEventKindEnum, { nullable: true, description: 'What changed; null when read as a query' })
  kind: MeetingLiveEventKind | null;
  @Field(() => AgendaItemObject, { nullable: true, description: 'Null when there is none, or when the viewer may not see it' })
  currentItem: AgendaItemObject | null;
  @Field(() => Date, { nullable: true, description: 'When the current item started, for the timer' }) currentItemStartedAt: Date | null;
  @Field({ description: 'True while an item the viewer may not see is being discussed' }) restrictedItemInProgress: boolean;
  @Field(() => ID, { nullable: true, description: 'The item whose minutes, tasks or details changed' }) itemId: string | null;
}
