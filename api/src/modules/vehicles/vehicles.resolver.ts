import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { PERMISSIONS } from '@sentinel/shared';
import { AccessService } from '../../core/access/access.service.js';
import type { RequestContext } from '../../core/access/request-context.js';
import { RequirePermission } from '../../core/access/require-permission.decorator.js';
import { UuidPipe } from '../../core/graphql/uuid.pipe.js';
import { presentNominal } from '../nominals/nominal-presenter.js';
import { NominalObject } from '../nominals/nominal.object.js';
import { OCGS_BY_VEHICLE, NOMINALS_BY_VEHICLE } from '../ocgs/ocg.loaders.js';
import { OcgObject } from '../ocgs/ocg.object.js';
import { toOcgObject } from '../ocgs/ocgs.service.js';
import { LinkInput, RecordVehicleInput } from './vehicle.inputs.js';
import { VehicleObject } from './vehicle.object.js';
import { VehiclesService, toVehicleObject } from './vehicles.service.js';

@Resolver(() => VehicleObject)
export class VehiclesResolver {
  constructor(
    private readonly service: VehiclesService,
    private readonly access: AccessService,
  ) {}

  @Query(() => VehicleObject)
  @RequirePermission(PERMISSIONS.OCG_READ)
  async vehicle(@Context() ctx: RequestContext, @Args('id', { type: () => ID }, UuidPipe) id: string): Promise<VehicleObject> {
    return toVehicleObject(await this.service.get(ctx, id));
  }

  @Mutation(() => VehicleObject, { description: 'Records a vehicle (or finds it by its plate) and optionally links it' })
  @RequirePermission(PERMISSIONS.OCG_WRITE)
  async recordVehicle(@Context() ctx: RequestContext, @Args('input') input: RecordVehicleInput): Promise<VehicleObject> {
    return toVehicleObject(await this.service.record(ctx, input));
  }

  @Mutation(() => VehicleObject, { description: 'Links the vehicle to a group or a nominal, or (linked: false) removes the link' })
  @RequirePermission(PERMISSIONS.OCG_WRITE)
  async linkVehicle(@Context() ctx: RequestContext, @Args('input') input: LinkInput): Promise<VehicleObject> {
    return toVehicleObject(await this.service.link(ctx, input));
  }

  @ResolveField(() => [OcgObject])
  async ocgs(@Context() ctx: RequestContext, @Parent() record: VehicleObject): Promise<OcgObject[]> {
    const rows = await ctx.loaders.ocg.loadMany(await ctx.loaders.of(OCGS_BY_VEHICLE).load(record.id));
    return rows.flatMap((o) => (o && !(o instanceof Error) ? [toOcgObject(o)] : []));
  }

  @ResolveField(() => [NominalObject])
  async nominals(@Context() ctx: RequestContext, @Parent() record: VehicleObject): Promise<NominalObject[]> {
    const rows = await ctx.loaders.nominal.loadMany(await ctx.loaders.of(NOMINALS_BY_VEHICLE).load(record.id));
    return rows.flatMap((n) => (n && !(n instanceof Error) ? [presentNominal(ctx, this.access, n)] : []));
  }
}
