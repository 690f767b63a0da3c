import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { PERMISSIONS } from '@sentinel/shared';
import type { RequestContext } from '../../core/access/request-context.js';
import { RequirePermission } from '../../core/access/require-permission.decorator.js';
import { AppError } from '../../core/errors/app-error.js';
import { UuidPipe } from '../../core/graphql/uuid.pipe.js';
import { PanelMembershipObject } from '../../core/auth/viewer.object.js';
import { UpdatePanelScoringInput } from './panel.inputs.js';
import { PanelObject, UpdatePanelScoringResultObject } from './panel.object.js';
import { PanelScoringService } from './panel-scoring.service.js';
import { PanelsService, toPanelObject } from './panels.service.js';

@Resolver(() => PanelObject)
export class PanelsResolver {
  constructor(
    private readonly service: PanelsService,
    private readonly scoring: PanelScoringService,
  ) {}

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

  @Mutation(() => UpdatePanelScoringResultObject, {
    description: 'Sets the scale parts are scored on (for scores given from now on) and the tiers, re-tiering every scored group',
  })
  @RequirePermission(PERMISSIONS.PANEL_CONFIGURE)
  updatePanelScoring(@Context() ctx: RequestContext, @Args('input') input: UpdatePanelScoringInput): Promise<UpdatePanelScoringResultObject> {
    return this.scoring.update(ctx, input);
  }
}

@Resolver(() => PanelMembershipObject)
export class PanelMembershipFieldsResolver {
  @ResolveField(() => PanelObject)
  async panel(@Context() ctx: RequestContext, @Parent() membership: PanelMembershipObject): Promise<PanelObject> {
    const panel = await ctx.loaders.panel.load(membership.panelId);
    if (!panel) throw AppError.notFound('Panel');
    return toPanelObject(panel);
  }
}
