import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { PERMISSIONS } from '@sentinel/shared';
import type { RequestContext } from '../../core/access/request-context.js';
import { RequirePermission } from '../../core/access/require-permission.decorator.js';
import { FIELD_COST } from '../../core/graphql/query-shape.js';
import { RegionAdministrationService } from './region-administration.service.js';
import {
  AddRegionAnalystInput,
  CreateRegionInput,
  RegionArgs,
  RegionReportArgs,
  RemoveRegionAnalystInput,
  UpdateRegionInput,
} from './region.inputs.js';
import { AdministeredRegionObject, RegionObject, RegionOutcomeReportObject, RegionThreatPictureObject } from './region.objects.js';
import { RegionsService } from './regions.service.js';

@Resolver()
export class RegionsResolver {
  constructor(
    private readonly service: RegionsService,
    private readonly administration: RegionAdministrationService,
  ) {}

  @Query(() => [RegionObject], { description: 'The regions the signed-in person works in, by name' })
  @RequirePermission(PERMISSIONS.REGION_READ)
  regions(@Context() ctx: RequestContext): Promise<RegionObject[]> {
    return this.service.mine(ctx);
  }

  @Query(() => RegionObject, { description: 'A region the signed-in person works in, with its panels' })
  @RequirePermission(PERMISSIONS.REGION_READ)
  region(@Context() ctx: RequestContext, @Args() args: RegionArgs): Promise<RegionObject> {
    return this.service.region(ctx, args.id);
  }

  @Query(() => RegionOutcomeReportObject, {
    description: 'A region’s outcomes for a period: each panel’s figures and their sum, with a panel report’s definitions',
    complexity: FIELD_COST.report,
  })
  @RequirePermission(PERMISSIONS.REGION_READ)
  regionOutcomeReport(@Context() ctx: RequestContext, @Args() args: RegionReportArgs): Promise<RegionOutcomeReportObject> {
    return this.service.outcomeReport(ctx, args);
  }

  @Query(() => RegionThreatPictureObject, {
    description: 'A region’s threat picture for a period: each panel’s counts and their sum; no group or person',
    complexity: FIELD_COST.report,
  })
  @RequirePermission(PERMISSIONS.REGION_READ)
  regionThreatPicture(@Context() ctx: RequestContext, @Args() args: RegionReportArgs): Promise<RegionThreatPictureObject> {
    return this.service.threatPicture(ctx, args);
  }

  @Query(() => [AdministeredRegionObject], { description: 'Every region of the deployment, for the system administrator, by name' })
  @RequirePermission(PERMISSIONS.REGION_MANAGE)
  administeredRegions(@Context() ctx: RequestContext): Promise<AdministeredRegionObject[]> {
    return this.administration.list(ctx);
  }

  @Query(() => AdministeredRegionObject, { description: 'One region, for the system administrator' })
  @RequirePermission(PERMISSIONS.REGION_MANAGE)
  administeredRegion(@Context() ctx: RequestContext, @Args() args: RegionArgs): Promise<AdministeredRegionObject> {
    return this.administration.one(ctx, args.id);
  }

  @Mutation(() => AdministeredRegionObject, { description: 'Creates a region (a regional or national unit) over some panels' })
  @RequirePermission(PERMISSIONS.REGION_MANAGE)
  createRegion(@Context() ctx: RequestContext, @Args('input') input: CreateRegionInput): Promise<AdministeredRegionObject> {
    return this.administration.create(ctx, input);
  }

  @Mutation(() => AdministeredRegionObject, { description: 'Renames a region or changes the panels it covers' })
  @RequirePermission(PERMISSIONS.REGION_MANAGE)
  updateRegion(@Context() ctx: RequestContext, @Args('input') input: UpdateRegionInput): Promise<AdministeredRegionObject> {
    return this.administration.update(ctx, input);
  }

  @Mutation(() => AdministeredRegionObject, { description: 'Names an existing account as an analyst of a region' })
  @RequirePermission(PERMISSIONS.REGION_MANAGE)
  addRegionAnalyst(@Context() ctx: RequestContext, @Args('input') input: AddRegionAnalystInput): Promise<AdministeredRegionObject> {
    return this.administration.addAnalyst(ctx, input);
  }

  @Mutation(() => AdministeredRegionObject, { description: 'Ends an analyst’s work in a region' })
  @RequirePermission(PERMISSIONS.REGION_MANAGE)
  removeRegionAnalyst(@Context() ctx: RequestContext, @Args('input') input: RemoveRegionAnalystInput): Promise<AdministeredRegionObject> {
    return this.administration.removeAnalyst(ctx, input);
  }
}
