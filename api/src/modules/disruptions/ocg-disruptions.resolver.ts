import { Args, Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '../../core/access/request-context.js';
import { AppError } from '../../core/errors/app-error.js';
import { OcgObject } from '../ocgs/ocg.object.js';
import { RECENT_DISRUPTIONS_BY_OCG } from './disruption.loaders.js';
import { DisruptionObject } from './disruption.object.js';

export const OCG_FIELD_LIMIT_MAX = 50;

/** Adds the group's latest disruptions to the Ocg type; the group was already found within the caller's scope. */
@Resolver(() => OcgObject)
export class OcgDisruptionsResolver {
  @ResolveField(() => [DisruptionObject], { description: `The group's latest disruptions, newest first (at most ${OCG_FIELD_LIMIT_MAX})` })
  disruptions(
    @Context() ctx: RequestContext,
    @Parent() ocg: OcgObject,
    @Args('limit', { type: () => Int, defaultValue: 10 }) limit: number,
  ): Promise<DisruptionObject[]> {
    if (limit < 1 || limit > OCG_FIELD_LIMIT_MAX) throw AppError.badInput('limit', `Ask for 1 to ${OCG_FIELD_LIMIT_MAX} disruptions`);
    return ctx.loaders.of(RECENT_DISRUPTIONS_BY_OCG).load({ ocgId: ocg.id, limit });
  }
}
