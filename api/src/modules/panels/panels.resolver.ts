import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { PERMISSIONS } from '@sentinel/shared';
import type { RequestContext } from '../../core/access/request-context.js';
import { RequirePermission } from '../../core/access/require-permission.decorator.js';
import { AppError } from '../../core/errors/app-error.js';
import { UuidPipe } from '../../core/graphql/uuid.pipe.js';
import { PanelMembershipObject } from '../../core/auth/viewer.object.js';
import { PanelObject } from './panel.object.js';
import { PanelsService } from './panels.service.js';

@Resolver(() => PanelObject)
export class PanelsResolver {
  constructor(private readonly service: PanelsService) {}

  @Query(() => [PanelObject], { description: 'The panels the signed-in person belongs to' })
  @RequirePermission(PERMISSIONS.PANEL_READ)
  panels(@Context() ctx: RequestContext): Promise<PanelObject[]> {
    return this.service.list(ctx);
  }

  @Query(() => PanelObject)
  @RequirePermission(PERMISSIONS.PANEL_READ)
  panel(@Context() ctx: RequestContext, @Args('id', { type: () => ID }, UuidPipe) id: string): Promise<PanelObject> {
    return this.service.get(ctx, id);
  }
}

@Resolver(() => PanelMembershipObject)
export class PanelMembershipFieldsResolver {
  @ResolveField(() => PanelObject)
  async panel(@Context() ctx: RequestContext, @Parent() membership: PanelMembershipObject): Promise<PanelObject> {
    const panel = await ctx.loaders.panel.load(membership.panelId);
    if (!panel) throw AppError.notFound('Panel');
    return panel;
  }
}
