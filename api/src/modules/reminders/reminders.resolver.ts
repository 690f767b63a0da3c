import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { PERMISSIONS } from '@sentinel/shared';
import type { RequestContext } from '../../core/access/request-context.js';
import { RequirePermission } from '../../core/access/require-permission.decorator.js';
import { ViewerObject } from '../../core/auth/viewer.object.js';
import { ReminderPreferenceService } from './reminder-preference.service.js';

@Resolver(() => ViewerObject)
export class RemindersResolver {
  constructor(private readonly preference: ReminderPreferenceService) {}

  @Mutation(() => Boolean, { description: 'Turns task reminder and weekly digest mail on or off for the signed-in person; answers the new setting' })
  @RequirePermission(PERMISSIONS.OWN_SETTINGS_CHANGE)
  setReminderPreference(@Context() ctx: RequestContext, @Args('enabled', { type: () => Boolean }) enabled: boolean): Promise<boolean> {
    return this.preference.set(ctx, enabled);
  }

  @ResolveField(() => Boolean, { description: 'Whether task reminders and the weekly digest are sent to this person by mail' })
  async remindersEnabled(@Context() ctx: RequestContext, @Parent() viewer: ViewerObject): Promise<boolean> {
    return (await ctx.loaders.user.load(viewer.id))?.remindersEnabled ?? true;
  }
}
