import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { PERMISSIONS } from '@sentinel/shared';
import type { RequestContext } from '../../core/access/request-context.js';
import { RequirePermission } from '../../core/access/require-permission.decorator.js';
import { CrossPanelMatchArgs, CrossPanelMatchesArgs, ResolveCrossPanelMatchInput } from './cross-panel-match.inputs.js';
import { CrossPanelMatchDetailsObject, CrossPanelMatchObject, CrossPanelMatchPageObject } from './cross-panel-match.objects.js';
import { CrossPanelMatchesService } from './cross-panel-matches.service.js';

@Resolver()
export class CrossPanelMatchesResolver {
  constructor(private readonly service: CrossPanelMatchesService) {}

  @Query(() => CrossPanelMatchPageObject, {
    description: 'A panel’s hits with other panels, those waiting for it first: the other panel and whom to call there, no details',
  })
  @RequirePermission(PERMISSIONS.CROSS_PANEL_MATCH_READ)
  crossPanelMatches(@Context() ctx: RequestContext, @Args() args: CrossPanelMatchesArgs): Promise<CrossPanelMatchPageObject> {
    return this.service.list(ctx, args);
  }

  @Query(() => CrossPanelMatchObject, { description: 'One hit with another panel, as this panel’s side of it' })
  @RequirePermission(PERMISSIONS.CROSS_PANEL_MATCH_READ)
  crossPanelMatch(@Context() ctx: RequestContext, @Args() args: CrossPanelMatchArgs): Promise<CrossPanelMatchObject> {
    return this.service.one(ctx, args.id);
  }

  @Query(() => CrossPanelMatchDetailsObject, {
    description: 'The other panel’s record of a hit, once both panels agreed to share; each reading is a disclosure, logged in its panel’s log',
  })
  @RequirePermission(PERMISSIONS.CROSS_PANEL_MATCH_READ)
  crossPanelMatchDetails(@Context() ctx: RequestContext, @Args() args: CrossPanelMatchArgs): Promise<CrossPanelMatchDetailsObject> {
    return this.service.details(ctx, args.id);
  }

  @Mutation(() => CrossPanelMatchObject, { description: 'This panel agrees to share the details of a hit with the other panel' })
  @RequirePermission(PERMISSIONS.CROSS_PANEL_MATCH_RESOLVE)
  agreeCrossPanelMatch(@Context() ctx: RequestContext, @Args('input') input: ResolveCrossPanelMatchInput): Promise<CrossPanelMatchObject> {
    return this.service.agree(ctx, input);
  }

  @Mutation(() => CrossPanelMatchObject, { description: 'This panel declines to share the details of a hit: nothing passes either way' })
  @RequirePermission(PERMISSIONS.CROSS_PANEL_MATCH_RESOLVE)
  declineCrossPanelMatch(@Context() ctx: RequestContext, @Args('input') input: ResolveCrossPanelMatchInput): Promise<CrossPanelMatchObject> {
    return this.service.decline(ctx, input);
  }
}
