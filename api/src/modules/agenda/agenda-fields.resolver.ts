import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { londonToday } from '@sentinel/shared';
import { AccessService } from '../../core/access/access.service.js';
import type { RequestContext } from '../../core/access/request-context.js';
import { toAgencyObject } from '../agencies/agencies.service.js';
import { AgencyObject } from '../agencies/agency.object.js';
import { MeetingObject } from '../meetings/meeting.objects.js';
import { TaskObject } from '../tasks/task.objects.js';
import { toTaskObject } from '../tasks/tasks.service.js';
import { currentItemByMeeting, recordsByItem, tasksByItem } from './agenda.loaders.js';
import { AgendaItemObject, AgendaRecordObject } from './agenda.objects.js';

/*
 * A subscription keeps one context (and so one set of loaders) for its whole life, so each field clears its
 * key before loading: every event then reads fresh rows, and a query still gets one statement per field.
 */

@Resolver(() => AgendaItemObject)
export class AgendaItemFieldsResolver {
  constructor(private readonly access: AccessService) {}

  @ResolveField(() => [AgendaRecordObject], { description: 'The tasks, groups, referrals and threats the item covers, as the viewer may see them' })
  records(@Context() ctx: RequestContext, @Parent() item: AgendaItemObject): Promise<AgendaRecordObject[]> {
    return recordsByItem(this.access, ctx).clear(item.id).load(item.id);
  }

  @ResolveField(() => [TaskObject], { description: 'Tasks raised at this item; a partner sees only its own agency’s' })
  async tasks(@Context() ctx: RequestContext, @Parent() item: AgendaItemObject): Promise<TaskObject[]> {
    const rows = await tasksByItem(this.access, ctx).clear(item.id).load(item.id);
    const today = londonToday();
    return rows.map((t) => toTaskObject(t, today));
  }

  @ResolveField(() => [AgencyObject], { description: 'The agencies the item is restricted to; empty for everyone' })
  async restrictedTo(@Context() ctx: RequestContext, @Parent() item: AgendaItemObject): Promise<AgencyObject[]> {
    const agencies = await ctx.loaders.agency.loadMany(item.restrictedToIds);
    return agencies.flatMap((a) => (a && !(a instanceof Error) ? [toAgencyObject(a)] : []));
  }
}

@Resolver(() => MeetingObject)
export class MeetingLiveFieldsResolver {
  constructor(private readonly access: AccessService) {}

  @ResolveField(() => AgendaItemObject, {
    nullable: true,
    description: 'The item being discussed; null when there is none or the viewer may not see it',
  })
  currentItem(@Context() ctx: RequestContext, @Parent() meeting: MeetingObject): Promise<AgendaItemObject | null> | null {
    if (!meeting.currentItemId) return null;
    return currentItemByMeeting(this.access, ctx).clear(meeting.id).load(meeting.id);
  }
}
