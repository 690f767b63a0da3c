import { Args, Context, ID, Query, Resolver } from '@nestjs/graphql';
import { PERMISSIONS } from '@sentinel/shared';
import type { RequestContext } from '../../core/access/request-context.js';
import { RequirePermission } from '../../core/access/require-permission.decorator.js';
import { UuidPipe } from '../../core/graphql/uuid.pipe.js';
import { VehicleObject } from './vehicle.object.js';
import { VehiclesService, toVehicleObject } from './vehicles.service.js';

@Resolver(() => VehicleObject)
export class VehiclesResolver {
  constructor(private readonly service: VehiclesService) {}

  @Query(() => VehicleObject)
  @RequirePermission(PERMISSIONS.OCG_READ)
  async vehicle(@Context() ctx: RequestContext, @Args('id', { type: () => ID }, UuidPipe) id: string): Promise<VehicleObject> {
    return toVehicleObject(await this.service.get(ctx, id));
  }
}
