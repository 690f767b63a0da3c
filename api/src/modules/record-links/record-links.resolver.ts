import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { PERMISSIONS } from '@sentinel/shared';
import { AccessService } from '../../core/access/access.service.js';
import type { RequestContext } from '../../core/access/request-context.js';
import { RequirePermission } from '../../core/access/require-permission.decorator.js';
import { presentNominal } from '../nominals/nominal-presenter.js';
import { CreateNominalInput } from '../nominals/nominal.inputs.js';
import { NominalObject } from '../nominals/nominal.object.js';
import { PlaceObject } from '../places/place.object.js';
import { presentPlace } from '../places/place-presenter.js';
import { VehicleObject } from '../vehicles/vehicle.object.js';
import { toVehicleObject } from '../vehicles/vehicles.service.js';
import { LinkInput, RecordPlaceInput, RecordVehicleInput, SetNominalRoleInput } from './record-link.inputs.js';
import { RecordLinksService } from './record-links.service.js';

/** The mutations that make or change links between records, and those that record a record and link it at once. */
@Resolver()
export class RecordLinksResolver {
  constructor(
    private readonly service: RecordLinksService,
    private readonly access: AccessService,
  ) {}

  @Mutation(() => NominalObject)
  @RequirePermission(PERMISSIONS.OCG_WRITE)
  async createNominal(@Context() ctx: RequestContext, @Args('input') input: CreateNominalInput): Promise<NominalObject> {
    return presentNominal(ctx, this.access, await this.service.createNominal(ctx, input));
  }

  @Mutation(() => NominalObject, { description: 'Adds a nominal to a group, changes their role, or (role null) removes them' })
  @RequirePermission(PERMISSIONS.OCG_WRITE)
  async setNominalRole(@Context() ctx: RequestContext, @Args('input') input: SetNominalRoleInput): Promise<NominalObject> {
    return presentNominal(ctx, this.access, await this.service.setNominalRole(ctx, input));
  }

  @Mutation(() => VehicleObject, { description: 'Records a vehicle (or finds it by its plate) and optionally links it' })
  @RequirePermission(PERMISSIONS.OCG_WRITE)
  async recordVehicle(@Context() ctx: RequestContext, @Args('input') input: RecordVehicleInput): Promise<VehicleObject> {
    return toVehicleObject(await this.service.recordVehicle(ctx, input));
  }

  @Mutation(() => VehicleObject, { description: 'Links the vehicle to a group or a nominal, or (linked: false) removes the link' })
  @RequirePermission(PERMISSIONS.OCG_WRITE)
  async linkVehicle(@Context() ctx: RequestContext, @Args('input') input: LinkInput): Promise<VehicleObject> {
    return toVehicleObject(await this.service.linkVehicle(ctx, input));
  }

  @Mutation(() => PlaceObject, { description: 'Records a place and optionally links it' })
  @RequirePermission(PERMISSIONS.OCG_WRITE)
  async recordPlace(@Context() ctx: RequestContext, @Args('input') input: RecordPlaceInput): Promise<PlaceObject> {
    return presentPlace(ctx, this.access, await this.service.recordPlace(ctx, input));
  }

  @Mutation(() => PlaceObject, { description: 'Links the place to a group or a nominal, or (linked: false) removes the link' })
  @RequirePermission(PERMISSIONS.OCG_WRITE)
  async linkPlace(@Context() ctx: RequestContext, @Args('input') input: LinkInput): Promise<PlaceObject> {
    return presentPlace(ctx, this.access, await this.service.linkPlace(ctx, input));
  }
}
