import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { PERMISSIONS } from '@sentinel/shared';
import type { RequestContext } from '../../core/access/request-context.js';
import { RequirePermission } from '../../core/access/require-permission.decorator.js';
import { UuidPipe } from '../../core/graphql/uuid.pipe.js';
import { toAgencyObject } from '../agencies/agencies.service.js';
import { AgencyObject } from '../agencies/agency.object.js';
import { OcgObject } from '../ocgs/ocg.object.js';
import { CreateObjectiveInput, DeleteObjectiveInput, UpdateObjectiveInput } from './plan.inputs.js';
import { OcgObjectiveObject, OcgPlanObject } from './plan.object.js';
import { PlansService } from './plans.service.js';

@Resolver(() => OcgObjectiveObject)
export class PlansResolver {
  constructor(private readonly service: PlansService) {}

  @Query(() => OcgPlanObject, { description: 'A group’s 4P plan (also reachable as Ocg.plan)' })
  @RequirePermission(PERMISSIONS.OCG_READ)
  ocgPlan(@Context() ctx: RequestContext, @Args('ocgId', { type: () => ID }, UuidPipe) ocgId: string): Promise<OcgPlanObject> {
    return this.service.planOf(ctx, ocgId);
  }

  @Mutation(() => OcgObjectiveObject)
  @RequirePermission(PERMISSIONS.PLAN_WRITE)
  createObjective(@Context() ctx: RequestContext, @Args('input') input: CreateObjectiveInput): Promise<OcgObjectiveObject> {
    return this.service.create(ctx, input);
  }

  @Mutation(() => OcgObjectiveObject)
  @RequirePermission(PERMISSIONS.PLAN_WRITE)
  updateObjective(@Context() ctx: RequestContext, @Args('input') input: UpdateObjectiveInput): Promise<OcgObjectiveObject> {
    return this.service.update(ctx, input);
  }

  @Mutation(() => ID, { description: 'Removes an objective from the plan; answers its id' })
  @RequirePermission(PERMISSIONS.PLAN_WRITE)
  deleteObjective(@Context() ctx: RequestContext, @Args('input') input: DeleteObjectiveInput): Promise<string> {
    return this.service.delete(ctx, input);
  }

  @ResolveField(() => AgencyObject)
  async ownerAgency(@Context() ctx: RequestContext, @Parent() o: OcgObjectiveObject): Promise<AgencyObject> {
    return toAgencyObject((await ctx.loaders.agency.load(o.ownerAgencyId))!);
  }
}

/** Adds the 4P plan to the Ocg type; the group was already found within the caller's scope. */
@Resolver(() => OcgObject)
export class OcgPlanResolver {
  constructor(private readonly service: PlansService) {}

  @ResolveField(() => OcgPlanObject)
  plan(@Context() ctx: RequestContext, @Parent() ocg: OcgObject): Promise<OcgPlanObject> {
    return this.service.build(ctx, ocg.id, ocg.panelId);
  }
}
