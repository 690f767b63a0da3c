import { Args, Context, Field, ID, Int, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { PERMISSIONS } from '@sentinel/shared';
import { AccessService } from '../../core/access/access.service.js';
import type { RequestContext } from '../../core/access/request-context.js';
import { RequirePermission } from '../../core/access/require-permission.decorator.js';
import { UuidPipe } from '../../core/graphql/uuid.pipe.js';
import { NominalGroupObject } from '../ocgs/ocg-links.object.js';
import { OCG_LINKS_BY_NOMINAL, PLACES_BY_NOMINAL, VEHICLES_BY_NOMINAL } from '../ocgs/ocg.loaders.js';
import { toOcgObject } from '../ocgs/ocgs.service.js';
import { PlaceObject } from '../places/place.object.js';
import { presentPlace } from '../places/place-presenter.js';
import { VehicleObject } from '../vehicles/vehicle.object.js';
import { PLACE_BY_ID, VEHICLE_BY_ID } from '../vehicles/vehicle.loaders.js';
import { toVehicleObject } from '../vehicles/vehicles.service.js';
import { presentNominal } from './nominal-presenter.js';
import { CreateNominalInput, NominalsArgs, SetNominalRoleInput, UpdateNominalInput } from './nominal.inputs.js';
import { NominalObject } from './nominal.object.js';
import { NominalsService } from './nominals.service.js';

@ObjectType('NominalPage')
export class NominalPageObject {
  @Field(() => [NominalObject])
  nodes: NominalObject[];

  @Field(() => Int)
  totalCount: number;
}

@Resolver(() => NominalObject)
export class NominalsResolver {
  constructor(
    private readonly service: NominalsService,
    private readonly access: AccessService,
  ) {}

  @Query(() => NominalPageObject, { description: "A panel's nominals by reference; names only where the viewer may see them" })
  @RequirePermission(PERMISSIONS.OCG_READ)
  async nominals(@Context() ctx: RequestContext, @Args() args: NominalsArgs): Promise<NominalPageObject> {
    const { rows, totalCount } = await this.service.list(ctx, args);
    return { nodes: rows.map((n) => presentNominal(ctx, this.access, n)), totalCount };
  }

  @Query(() => NominalObject)
  @RequirePermission(PERMISSIONS.OCG_READ)
  async nominal(@Context() ctx: RequestContext, @Args('id', { type: () => ID }, UuidPipe) id: string): Promise<NominalObject> {
    return presentNominal(ctx, this.access, await this.service.get(ctx, id));
  }

  @Mutation(() => NominalObject)
  @RequirePermission(PERMISSIONS.OCG_WRITE)
  async createNominal(@Context() ctx: RequestContext, @Args('input') input: CreateNominalInput): Promise<NominalObject> {
    return presentNominal(ctx, this.access, await this.service.create(ctx, input));
  }

  @Mutation(() => NominalObject)
  @RequirePermission(PERMISSIONS.OCG_WRITE)
  async updateNominal(@Context() ctx: RequestContext, @Args('input') input: UpdateNominalInput): Promise<NominalObject> {
    return presentNominal(ctx, this.access, await this.service.update(ctx, input));
  }

  @Mutation(() => NominalObject, { description: 'Adds a nominal to a group, changes their role, or (role null) removes them' })
  @RequirePermission(PERMISSIONS.OCG_WRITE)
  async setNominalRole(@Context() ctx: RequestContext, @Args('input') input: SetNominalRoleInput): Promise<NominalObject> {
    return presentNominal(ctx, this.access, await this.service.setRole(ctx, input));
  }

  @ResolveField(() => [NominalGroupObject])
  async ocgs(@Context() ctx: RequestContext, @Parent() nominal: NominalObject): Promise<NominalGroupObject[]> {
    const links = await ctx.loaders.of(OCG_LINKS_BY_NOMINAL).load(nominal.id);
    const ocgs = await ctx.loaders.ocg.loadMany(links.map((l) => l.ocgId));
    return links.flatMap((link, i) => {
      const o = ocgs[i];
      return o && !(o instanceof Error) ? [{ role: link.role, ocg: toOcgObject(o) }] : [];
    });
  }

  @ResolveField(() => [VehicleObject])
  async vehicles(@Context() ctx: RequestContext, @Parent() nominal: NominalObject): Promise<VehicleObject[]> {
    const rows = await ctx.loaders.of(VEHICLE_BY_ID).loadMany(await ctx.loaders.of(VEHICLES_BY_NOMINAL).load(nominal.id));
    return rows.flatMap((v) => (v && !(v instanceof Error) ? [toVehicleObject(v)] : []));
  }

  @ResolveField(() => [PlaceObject])
  async places(@Context() ctx: RequestContext, @Parent() nominal: NominalObject): Promise<PlaceObject[]> {
    const rows = await ctx.loaders.of(PLACE_BY_ID).loadMany(await ctx.loaders.of(PLACES_BY_NOMINAL).load(nominal.id));
    return rows.flatMap((p) => (p && !(p instanceof Error) ? [presentPlace(ctx, this.access, p)] : []));
  }
}
