import { Args, Context, ID, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { PERMISSIONS } from '@sentinel/shared';
import type { RequestContext } from '../../core/access/request-context.js';
import { RequirePermission } from '../../core/access/require-permission.decorator.js';
import { UuidPipe } from '../../core/graphql/uuid.pipe.js';
import { TaskObject } from '../tasks/task.objects.js';
import { RaiseTaskAtItemInput, RecordItemMinutesInput } from './agenda.inputs.js';
import { AgendaItemObject } from './agenda.objects.js';
import { LiveEventsService } from './live-events.service.js';
import { LiveMeetingService } from './live-meeting.service.js';
import { MeetingLiveObject } from './live.objects.js';

@Resolver(() => MeetingLiveObject)
export class LiveMeetingResolver {
  constructor(
    private readonly live: LiveMeetingService,
    private readonly events: LiveEventsService,
  ) {}

  @Query(() => MeetingLiveObject, { description: 'The live state of a meeting, as the viewer may see it (subscribe with meetingLive)' })
  @RequirePermission(PERMISSIONS.MEETING_READ)
  liveMeeting(@Context() ctx: RequestContext, @Args('meetingId', { type: () => ID }, UuidPipe) meetingId: string): Promise<MeetingLiveObject> {
    return this.events.state(ctx, meetingId);
  }

  @Mutation(() => MeetingLiveObject, { description: 'Opens the meeting (agenda published → in progress) on its first item' })
  @RequirePermission(PERMISSIONS.MEETING_MANAGE)
  openMeeting(@Context() ctx: RequestContext, @Args('meetingId', { type: () => ID }, UuidPipe) meetingId: string): Promise<MeetingLiveObject> {
    return this.live.open(ctx, meetingId);
  }

  @Mutation(() => MeetingLiveObject, { description: 'Moves the meeting on to an item; every attendee’s screen follows' })
  @RequirePermission(PERMISSIONS.MEETING_MANAGE)
  setCurrentItem(
    @Context() ctx: RequestContext,
    @Args('meetingId', { type: () => ID }, UuidPipe) meetingId: string,
    @Args('itemId', { type: () => ID }, UuidPipe) itemId: string,
  ): Promise<MeetingLiveObject> {
    return this.live.setCurrentItem(ctx, meetingId, itemId);
  }

  @Mutation(() => AgendaItemObject, { description: 'Records notes and decisions under an item during the meeting (rich text, sanitised)' })
  @RequirePermission(PERMISSIONS.MEETING_MANAGE)
  recordItemMinutes(@Context() ctx: RequestContext, @Args('input') input: RecordItemMinutesInput): Promise<AgendaItemObject> {
    return this.live.recordMinutes(ctx, input);
  }

  @Mutation(() => TaskObject, { description: 'Allocates a task at an item of the running meeting, linked to the meeting and the item' })
  @RequirePermission(PERMISSIONS.MEETING_MANAGE)
  raiseTaskAtItem(@Context() ctx: RequestContext, @Args('input') input: RaiseTaskAtItemInput): Promise<TaskObject> {
    return this.live.raiseTask(ctx, input);
  }

  @Mutation(() => MeetingLiveObject, {
    description:
      'Closes the meeting (in progress → minutes in draft); refused with EMPTY_REGISTER while no one is recorded as present, unless confirmed',
  })
  @RequirePermission(PERMISSIONS.MEETING_MANAGE)
  closeMeeting(
    @Context() ctx: RequestContext,
    @Args('meetingId', { type: () => ID }, UuidPipe) meetingId: string,
    @Args('confirmEmptyRegister', { type: () => Boolean, defaultValue: false, description: 'Close even though no one is recorded as present' })
    confirmEmptyRegister: boolean,
  ): Promise<MeetingLiveObject> {
    return this.live.close(ctx, meetingId, confirmEmptyRegister);
  }

  @Subscription(() => MeetingLiveObject, { description: 'The current item, and changes to items’ minutes and tasks, shaped for the subscriber' })
  @RequirePermission(PERMISSIONS.MEETING_READ)
  meetingLive(
    @Context() ctx: RequestContext,
    @Args('meetingId', { type: () => ID }, UuidPipe) meetingId: string,
  ): Promise<AsyncIterableIterator<{ meetingLive: MeetingLiveObject }>> {
    return this.events.watch(ctx, meetingId);
  }
}
