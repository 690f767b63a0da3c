import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { PERMISSIONS } from '@sentinel/shared';
import { AccessService } from '../../core/access/access.service.js';
import type { RequestContext } from '../../core/access/request-context.js';
import { RequirePermission } from '../../core/access/require-permission.decorator.js';
import { UuidPipe } from '../../core/graphql/uuid.pipe.js';
import { UpdatePlaceInput } from './place.inputs.js';
import { PlaceObject } from './place.object.js';
import { presentPlace } from './place-presenter.js';
import { PlacesService } from './places.service.js';

@Resolver(() => PlaceObject)
export class PlacesResolver {
  constructor(
    private readonly service: PlacesService,
    private readonly access: AccessService,
  ) {}

  @Query(() => PlaceObject)
  @RequirePermission(PERMISSIONS.OCG_READ)
  async place(@Context() ctx: RequestContext, @Args('id', { type: () => ID }, UuidPipe) id: string): Promise<PlaceObject> {
    return presentPlace(ctx, this.access, await this.service.get(ctx, id));
  }

  @Mutation(() => PlaceObject, { description: 'Changes a place’s address, kind, area, position, harm or Clear-Hold-Build phase' })
  @RequirePermission(PERMISSIONS.OCG_WRITE)
  async updatePlace(@Context() ctx: RequestContext, @Args('input') input: UpdatePlaceInput): Promise<PlaceObject> {
    return presentPlace(ctx, this.access, await this.service.update(ctx, input));
  }
}
