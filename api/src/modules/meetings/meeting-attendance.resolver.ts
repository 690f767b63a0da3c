import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { PERMISSIONS } from '@sentinel/shared';
import type { RequestContext } from '../../core/access/request-context.js';
import { RequirePermission } from '../../core/access/require-permission.decorator.js';
import { UuidPipe } from '../../core/graphql/uuid.pipe.js';
import { AttendanceFiguresService } from './attendance-figures.service.js';
import { AttendanceFiguresArgs, MarkAttendanceInput, ReplyToMeetingInput } from './attendance.inputs.js';
import { ATTENDANCE_BY_MEETING } from './attendance.loaders.js';
import { AttendanceFiguresObject, AttendanceObject } from './attendance.objects.js';
import { MeetingAttendanceService } from './meeting-attendance.service.js';
import { MeetingObject } from './meeting.objects.js';

@Resolver(() => MeetingObject)
export class MeetingAttendanceResolver {
  constructor(
    private readonly service: MeetingAttendanceService,
    private readonly figures: AttendanceFiguresService,
  ) {}

  @Mutation(() => MeetingObject, { description: 'Replies attending or apologies, with a substitute from your agency' })
  @RequirePermission(PERMISSIONS.MEETING_REPLY)
  replyToMeeting(@Context() ctx: RequestContext, @Args('input') input: ReplyToMeetingInput): Promise<MeetingObject> {
    return this.service.reply(ctx, input);
  }

  @Mutation(() => MeetingObject, { description: 'Marks a person present in person, remotely, or absent' })
  @RequirePermission(PERMISSIONS.MEETING_MANAGE)
  markAttendance(@Context() ctx: RequestContext, @Args('input') input: MarkAttendanceInput): Promise<MeetingObject> {
    return this.service.mark(ctx, input);
  }

  @Mutation(() => MeetingObject, {
    description: 'The viewer acknowledges the panel’s confidentiality statement for this meeting (recorded once, with the time)',
  })
  @RequirePermission(PERMISSIONS.MEETING_READ)
  acknowledgeConfidentiality(
    @Context() ctx: RequestContext,
    @Args('meetingId', { type: () => ID }, UuidPipe) meetingId: string,
  ): Promise<MeetingObject> {
    return this.service.acknowledge(ctx, meetingId);
  }

  @Query(() => AttendanceFiguresObject, { description: 'Attendance per agency and per meeting over the meetings held' })
  @RequirePermission(PERMISSIONS.MEETING_READ)
  attendanceFigures(@Context() ctx: RequestContext, @Args() args: AttendanceFiguresArgs): Promise<AttendanceFiguresObject> {
    return this.figures.figures(ctx, args);
  }

  @ResolveField(() => [AttendanceObject], { description: 'Everyone expected, by agency: reply, substitute, presence, acknowledgement' })
  attendance(@Context() ctx: RequestContext, @Parent() meeting: MeetingObject): Promise<AttendanceObject[]> {
    return ctx.loaders.of(ATTENDANCE_BY_MEETING).load(meeting.id);
  }

  @ResolveField(() => AttendanceObject, { nullable: true, description: 'The viewer’s own line of the attendance list, if they are expected' })
  async myReply(@Context() ctx: RequestContext, @Parent() meeting: MeetingObject): Promise<AttendanceObject | null> {
    const list = await ctx.loaders.of(ATTENDANCE_BY_MEETING).load(meeting.id);
    return list.find((a) => a.userId === ctx.viewer?.userId) ?? null;
  }
}
