import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { PERMISSIONS } from '@sentinel/shared';
import type { RequestContext } from '../../core/access/request-context.js';
import { RequirePermission } from '../../core/access/require-permission.decorator.js';
import { UuidPipe } from '../../core/graphql/uuid.pipe.js';
import { MeetingScheduleService } from './meeting-schedule.service.js';
import { MeetingsArgs, MoveMeetingInput, SetMeetingSeriesInput } from './meeting.inputs.js';
import { MeetingObject, MeetingPageObject, MeetingSeriesObject } from './meeting.objects.js';
import { MeetingsService } from './meetings.service.js';

@Resolver(() => MeetingObject)
export class MeetingsResolver {
  constructor(
    private readonly service: MeetingsService,
    private readonly schedule: MeetingScheduleService,
  ) {}

  @Query(() => MeetingSeriesObject, { nullable: true, description: 'The panel’s schedule, if one is set' })
  @RequirePermission(PERMISSIONS.MEETING_READ)
  meetingSeries(@Context() ctx: RequestContext, @Args('panelId', { type: () => ID }, UuidPipe) panelId: string): Promise<MeetingSeriesObject | null> {
    return this.schedule.series(ctx, panelId);
  }

  @Query(() => MeetingPageObject, { description: 'The panel’s meetings, earliest first' })
  @RequirePermission(PERMISSIONS.MEETING_READ)
  meetings(@Context() ctx: RequestContext, @Args() args: MeetingsArgs): Promise<MeetingPageObject> {
    return this.service.list(ctx, args);
  }

  @Query(() => MeetingObject)
  @RequirePermission(PERMISSIONS.MEETING_READ)
  meeting(@Context() ctx: RequestContext, @Args('id', { type: () => ID }, UuidPipe) id: string): Promise<MeetingObject> {
    return this.service.get(ctx, id);
  }

  @Query(() => MeetingObject, { nullable: true, description: 'The next meeting that will still happen (a running one counts)' })
  @RequirePermission(PERMISSIONS.MEETING_READ)
  nextMeeting(@Context() ctx: RequestContext, @Args('panelId', { type: () => ID }, UuidPipe) panelId: string): Promise<MeetingObject | null> {
    return this.service.next(ctx, panelId);
  }

  @Mutation(() => MeetingSeriesObject, { description: 'Sets the panel’s schedule and generates the next six meetings' })
  @RequirePermission(PERMISSIONS.MEETING_MANAGE)
  setMeetingSeries(@Context() ctx: RequestContext, @Args('input') input: SetMeetingSeriesInput): Promise<MeetingSeriesObject> {
    return this.schedule.setSeries(ctx, input);
  }

  @Mutation(() => MeetingObject, { description: 'Moves one meeting on its own' })
  @RequirePermission(PERMISSIONS.MEETING_MANAGE)
  moveMeeting(@Context() ctx: RequestContext, @Args('input') input: MoveMeetingInput): Promise<MeetingObject> {
    return this.schedule.move(ctx, input);
  }

  @Mutation(() => MeetingObject, { description: 'Cancels a meeting that has not started' })
  @RequirePermission(PERMISSIONS.MEETING_MANAGE)
  cancelMeeting(
    @Context() ctx: RequestContext,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<MeetingObject> {
    return this.schedule.cancel(ctx, id, version);
  }
}
