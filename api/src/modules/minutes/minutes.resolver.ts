import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { PERMISSIONS } from '@sentinel/shared';
import type { RequestContext } from '../../core/access/request-context.js';
import { RequirePermission } from '../../core/access/require-permission.decorator.js';
import { UuidPipe } from '../../core/graphql/uuid.pipe.js';
import { CorrectMinutesInput, EditMinutesInput } from './minutes.inputs.js';
import { AgendaPackInfoObject, MeetingMinutesObject } from './minutes.objects.js';
import { MinutesService } from './minutes.service.js';
import { PackService } from './pack.service.js';

@Resolver(() => MeetingMinutesObject)
export class MinutesResolver {
  constructor(
    private readonly minutes: MinutesService,
    private readonly packs: PackService,
  ) {}

  @Query(() => [MeetingMinutesObject], { description: 'Every version of a meeting’s minutes, latest first, filtered for the viewer' })
  @RequirePermission(PERMISSIONS.MEETING_READ)
  meetingMinutes(
    @Context() ctx: RequestContext,
    @Args('meetingId', { type: () => ID }, UuidPipe) meetingId: string,
  ): Promise<MeetingMinutesObject[]> {
    return this.minutes.list(ctx, meetingId);
  }

  @Query(() => MeetingMinutesObject, { nullable: true, description: 'The latest approved minutes of the panel’s meeting before this one' })
  @RequirePermission(PERMISSIONS.MEETING_READ)
  previousMinutes(
    @Context() ctx: RequestContext,
    @Args('meetingId', { type: () => ID }, UuidPipe) meetingId: string,
  ): Promise<MeetingMinutesObject | null> {
    return this.minutes.previous(ctx, meetingId);
  }

  @Query(() => AgendaPackInfoObject, { description: 'Where the viewer’s agency’s agenda pack and minutes files can be downloaded' })
  @RequirePermission(PERMISSIONS.MEETING_READ)
  agendaPackInfo(@Context() ctx: RequestContext, @Args('meetingId', { type: () => ID }, UuidPipe) meetingId: string): Promise<AgendaPackInfoObject> {
    return this.packs.info(ctx, meetingId);
  }

  @Mutation(() => MeetingMinutesObject, { description: 'Drafts version 1 of the minutes from what was recorded live' })
  @RequirePermission(PERMISSIONS.MEETING_MANAGE)
  draftMinutes(@Context() ctx: RequestContext, @Args('meetingId', { type: () => ID }, UuidPipe) meetingId: string): Promise<MeetingMinutesObject> {
    return this.minutes.draft(ctx, meetingId);
  }

  @Mutation(() => MeetingMinutesObject, { description: 'Edits draft minutes; approved minutes are locked' })
  @RequirePermission(PERMISSIONS.MEETING_MANAGE)
  editMinutes(@Context() ctx: RequestContext, @Args('input') input: EditMinutesInput): Promise<MeetingMinutesObject> {
    return this.minutes.edit(ctx, input);
  }

  @Mutation(() => MeetingMinutesObject, { description: 'The chair approves a version, which locks it' })
  @RequirePermission(PERMISSIONS.MINUTES_APPROVE)
  approveMinutes(
    @Context() ctx: RequestContext,
    @Args('minutesId', { type: () => ID }, UuidPipe) minutesId: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<MeetingMinutesObject> {
    return this.minutes.approve(ctx, minutesId, version);
  }

  @Mutation(() => MeetingMinutesObject, { description: 'Corrects approved minutes: a new draft version, with the reason' })
  @RequirePermission(PERMISSIONS.MEETING_MANAGE)
  correctMinutes(@Context() ctx: RequestContext, @Args('input') input: CorrectMinutesInput): Promise<MeetingMinutesObject> {
    return this.minutes.correct(ctx, input);
  }
}
