import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { PERMISSIONS } from '@sentinel/shared';
import type { RequestContext } from '../../core/access/request-context.js';
import { RequirePermission } from '../../core/access/require-permission.decorator.js';
import { FIELD_COST } from '../../core/graphql/query-shape.js';
import { ThreatPictureArgs, ThreatPictureObject } from './threat-picture.objects.js';
import { ThreatPictureService } from './threat-picture.service.js';

@Resolver()
export class ThreatPictureResolver {
  constructor(private readonly service: ThreatPictureService) {}

  @Query(() => ThreatPictureObject, {
    description: 'The panel’s threat picture for a period, area and crime type: counts and group-level figures only',
    complexity: FIELD_COST.report,
  })
  @RequirePermission(PERMISSIONS.THREAT_PICTURE_READ)
  threatPicture(@Context() ctx: RequestContext, @Args() args: ThreatPictureArgs): Promise<ThreatPictureObject> {
    return this.service.picture(ctx, args);
  }
}
