import { Args, Context, ID, Query, Resolver } from '@nestjs/graphql';
import { PERMISSIONS } from '@sentinel/shared';
import type { RequestContext } from '../../core/access/request-context.js';
import { RequirePermission } from '../../core/access/require-permission.decorator.js';
import { FIELD_COST } from '../../core/graphql/query-shape.js';
import { UuidPipe } from '../../core/graphql/uuid.pipe.js';
import { LinkChartArgs, LinkChartObject, SharedNominalObject } from './link-chart.objects.js';
import { LinkChartService } from './link-chart.service.js';

@Resolver()
export class LinkChartResolver {
  constructor(private readonly service: LinkChartService) {}

  @Query(() => LinkChartObject, {
    description: 'Groups, nominals, vehicles and places and their links, for the whole panel or around one group',
    complexity: FIELD_COST.report,
  })
  @RequirePermission(PERMISSIONS.OCG_READ)
  linkChart(@Context() ctx: RequestContext, @Args() args: LinkChartArgs): Promise<LinkChartObject> {
    return this.service.chart(ctx, args);
  }

  @Query(() => [SharedNominalObject], {
    description: 'Nominals in more than one open group: the list view of the cross-group links',
    complexity: FIELD_COST.report,
  })
  @RequirePermission(PERMISSIONS.OCG_READ)
  sharedNominals(@Context() ctx: RequestContext, @Args('panelId', { type: () => ID }, UuidPipe) panelId: string): Promise<SharedNominalObject[]> {
    return this.service.sharedNominals(ctx, panelId);
  }
}
