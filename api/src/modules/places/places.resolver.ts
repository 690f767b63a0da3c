import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { PERMISSIONS } from '@sentinel/shared';
import { AccessService } from '../../core/access/access.service.js';
import type { RequestContext } from '../../core/access/request-context.js';
import { RequirePermission } from '../../core/access/require-permission.decorator.js';
import { UuidPipe } from '../../core/graphql/uuid.pipe.js';
import { presentNominal } from '../nominals/nominal-presenter.js';
import { NominalObject } from '../nominals/nominal.object.js';
import { OCGS_BY_PLACE, NOMINALS_BY_PLACE } from '../ocgs/ocg.loaders.js';
import { OcgObject } from '../ocgs/ocg.object.js';
import { toOcgObject } from '../ocgs/ocgs.service.js';
import { LinkInput, RecordPlaceInput } from '../vehicles/vehicle.inputs.js';
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

  @Mutation(() => PlaceObject, { description: 'Records a place and optionally links it' })
  @RequirePermission(PERMISSIONS.OCG_WRITE)
  async recordPlace(@Context() ctx: RequestContext, @Args('input') input: RecordPlaceInput): Promise<PlaceObject> {
    return presentPlace(ctx, this.access, await this.service.record(ctx, input));
  }

  @Mutation(() => PlaceObject, { description: 'Links the place to a group or a nominal, or (linked: false) removes the link' })
  @RequirePermission(PERMISSIONS.OCG_WRITE)
  async linkPlace(@Context() ctx: RequestContext, @Args('input') input: LinkInput): Promise<PlaceObject> {
    return presentPlace(ctx, this.access, await this.service.link(ctx, input));
  }

  @ResolveField(() => [OcgObject])
  async ocgs(@Context() ctx: RequestContext, @Parent() record: PlaceObject): Promise<OcgObject[]> {
    const rows = await ctx.loaders.ocg.loadMany(await ctx.loaders.of(OCGS_BY_PLACE).load(record.id));
    return rows.flatMap((o) => (o && !(o instanceof Error) ? [toOcgObject(o)] : []));
  }

  @ResolveField(() => [NominalObject])
  async nominals(@Context() ctx: RequestContext, @Parent() record: PlaceObject): Promise<NominalObject[]> {
    const rows = await ctx.loaders.nominal.loadMany(await ctx.loaders.of(NOMINALS_BY_PLACE).load(record.id));
    return rows.flatMap((n) => (n && !(n instanceof Error) ? [presentNominal(ctx, this.access, n)] : []));
  }
}
