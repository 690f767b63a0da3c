import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { PERMISSIONS } from '@sentinel/shared';
import type { RequestContext } from '../../core/access/request-context.js';
import { RequirePermission } from '../../core/access/require-permission.decorator.js';
import { FIELD_COST } from '../../core/graphql/query-shape.js';
import { HighHarmMapArgs, HighHarmMapObject } from './places-map.objects.js';
import { PlacesMapService } from './places-map.service.js';

@Resolver()
export class PlacesMapResolver {
  constructor(private readonly service: PlacesMapService) {}

  @Query(() => HighHarmMapObject, {
    description: 'High-harm places with positions, and OCG activity per area, for the map and its table',
    complexity: FIELD_COST.report,
  })
  @RequirePermission(PERMISSIONS.OCG_READ)
  highHarmMap(@Context() ctx: RequestContext, @Args() args: HighHarmMapArgs): Promise<HighHarmMapObject> {
    return this.service.highHarmMap(ctx, args);
  }
}
