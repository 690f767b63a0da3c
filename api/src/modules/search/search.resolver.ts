import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { PERMISSIONS } from '@sentinel/shared';
import type { RequestContext } from '../../core/access/request-context.js';
import { RequirePermission } from '../../core/access/require-permission.decorator.js';
import { FIELD_COST } from '../../core/graphql/query-shape.js';
import { RateLimit } from '../../core/limits/rate-limit.guard.js';
import { SearchArgs } from './search.args.js';
import { SearchResultsObject } from './search-hit.object.js';
import { SearchService } from './search.service.js';

@Resolver()
export class SearchResolver {
  constructor(private readonly service: SearchService) {}

  @Query(() => SearchResultsObject, {
    description: 'Records of one panel matching what was typed, across OCGs, nominals, vehicles and places, best first',
    complexity: FIELD_COST.search,
  })
  @RequirePermission(PERMISSIONS.RECORD_SEARCH)
  @RateLimit('search')
  search(@Context() ctx: RequestContext, @Args() args: SearchArgs): Promise<SearchResultsObject> {
    return this.service.search(ctx, args);
  }
}
