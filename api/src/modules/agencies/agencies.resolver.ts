import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { PERMISSIONS } from '@sentinel/shared';
import type { RequestContext } from '../../core/access/request-context.js';
import { RequirePermission } from '../../core/access/require-permission.decorator.js';
import { UuidPipe } from '../../core/graphql/uuid.pipe.js';
import { ViewerObject } from '../../core/auth/viewer.object.js';
import { AgenciesService, toAgencyObject } from './agencies.service.js';
import { AgenciesArgs, CreateAgencyInput, UpdateAgencyInput } from './agency.inputs.js';
import { AgencyObject, AgencyPageObject } from './agency.object.js';

@Resolver(() => AgencyObject)
export class AgenciesResolver {
  constructor(private readonly service: AgenciesService) {}

  @Query(() => AgencyPageObject, { description: "A panel's agencies, by name" })
  @RequirePermission(PERMISSIONS.AGENCY_READ)
  agencies(@Context() ctx: RequestContext, @Args() args: AgenciesArgs): Promise<AgencyPageObject> {
    return this.service.list(ctx, args);
  }

  @Query(() => AgencyObject)
  @RequirePermission(PERMISSIONS.AGENCY_READ)
  agency(@Context() ctx: RequestContext, @Args('id', { type: () => ID }, UuidPipe) id: string): Promise<AgencyObject> {
    return this.service.get(ctx, id);
  }

  @Mutation(() => AgencyObject)
  @RequirePermission(PERMISSIONS.AGENCY_MANAGE)
  createAgency(@Context() ctx: RequestContext, @Args('input') input: CreateAgencyInput): Promise<AgencyObject> {
    return this.service.create(ctx, input);
  }

  @Mutation(() => AgencyObject)
  @RequirePermission(PERMISSIONS.AGENCY_MANAGE)
  updateAgency(@Context() ctx: RequestContext, @Args('input') input: UpdateAgencyInput): Promise<AgencyObject> {
    return this.service.update(ctx, input);
  }

  @ResolveField(() => Int, { description: 'Active members from this agency' })
  memberCount(@Context() ctx: RequestContext, @Parent() agency: AgencyObject): Promise<number> {
    return ctx.loaders.memberCountByAgency.load(agency.id);
  }
}

@Resolver(() => ViewerObject)
export class ViewerAgencyResolver {
  @ResolveField(() => AgencyObject, { nullable: true, description: 'The agency the signed-in person works for' })
  async agency(@Context() ctx: RequestContext, @Parent() viewer: ViewerObject): Promise<AgencyObject | null> {
    if (!viewer.agencyId) return null;
    const agency = await ctx.loaders.agency.load(viewer.agencyId);
    return agency ? toAgencyObject(agency) : null;
  }
}
