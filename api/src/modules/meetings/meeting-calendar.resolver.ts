import { Args, Context, ID, Query, Resolver } from '@nestjs/graphql';
import { PERMISSIONS } from '@sentinel/shared';
import type { RequestContext } from '../../core/access/request-context.js';
import { RequirePermission } from '../../core/access/require-permission.decorator.js';
import { UuidPipe } from '../../core/graphql/uuid.pipe.js';
import { MeetingCalendarService } from './meeting-calendar.service.js';
import { CalendarFileObject } from './meeting.objects.js';

@Resolver()
export class MeetingCalendarResolver {
  constructor(private readonly calendar: MeetingCalendarService) {}

  @Query(() => CalendarFileObject, { description: 'One meeting as an .ics invitation' })
  @RequirePermission(PERMISSIONS.MEETING_READ)
  meetingInvite(@Context() ctx: RequestContext, @Args('meetingId', { type: () => ID }, UuidPipe) meetingId: string): Promise<CalendarFileObject> {
    return this.calendar.meetingInvite(ctx, meetingId);
  }

  @Query(() => CalendarFileObject, { description: 'The panel’s upcoming meetings as one .ics file' })
  @RequirePermission(PERMISSIONS.MEETING_READ)
  seriesInvite(@Context() ctx: RequestContext, @Args('panelId', { type: () => ID }, UuidPipe) panelId: string): Promise<CalendarFileObject> {
    return this.calendar.seriesInvite(ctx, panelId);
  }
}
