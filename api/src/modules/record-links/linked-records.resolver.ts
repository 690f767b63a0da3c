import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AccessService } from '../../core/access/access.service.js';
import type { RequestContext } from '../../core/access/request-context.js';
import type { NominalEntity } from '../nominals/nominal.entity.js';
import { presentNominal } from '../nominals/nominal-presenter.js';
import { NominalObject } from '../nominals/nominal.object.js';
import type { OcgEntity } from '../ocgs/ocg.entity.js';
import { OcgObject } from '../ocgs/ocg.object.js';
import { toOcgObject } from '../ocgs/ocgs.service.js';
import { PLACE_BY_ID } from '../places/place.loaders.js';
import { PlaceObject } from '../places/place.object.js';
import { presentPlace } from '../places/place-presenter.js';
import { VEHICLE_BY_ID } from '../vehicles/vehicle.loaders.js';
import { VehicleObject } from '../vehicles/vehicle.object.js';
import { toVehicleObject } from '../vehicles/vehicles.service.js';
import {
  NOMINAL_MEMBERS_BY_OCG,
  NOMINALS_BY_PLACE,
  NOMINALS_BY_VEHICLE,
  OCG_LINKS_BY_NOMINAL,
  OCGS_BY_PLACE,
  OCGS_BY_VEHICLE,
  PLACES_BY_NOMINAL,
  PLACES_BY_OCG,
  VEHICLES_BY_NOMINAL,
  VEHICLE_RECORDS_BY_OCG,
} from './record-link.loaders.js';
import { NominalGroupObject, OcgMemberObject } from './record-link.objects.js';

/** The rows a by-id loader found, dropping ids it found nothing for. */
const found = <T>(rows: (T | null | Error)[]): T[] => rows.filter((r): r is T => Boolean(r) && !(r instanceof Error));

/** Each linked list of records is two statements per request, whatever the number of parents: the links, then the records. */
async function vehiclesOf(ctx: RequestContext, ids: string[]): Promise<VehicleObject[]> {
  return found(await ctx.loaders.of(VEHICLE_BY_ID).loadMany(ids)).map(toVehicleObject);
}

async function placesOf(ctx: RequestContext, access: AccessService, ids: string[]): Promise<PlaceObject[]> {
  return found(await ctx.loaders.of(PLACE_BY_ID).loadMany(ids)).map((p) => presentPlace(ctx, access, p));
}

async function ocgsOf(ctx: RequestContext, ids: string[]): Promise<OcgObject[]> {
  return found<OcgEntity>(await ctx.loaders.ocg.loadMany(ids)).map(toOcgObject);
}

async function nominalsOf(ctx: RequestContext, access: AccessService, ids: string[]): Promise<NominalObject[]> {
  return found<NominalEntity>(await ctx.loaders.nominal.loadMany(ids)).map((n) => presentNominal(ctx, access, n));
}

@Resolver(() => OcgObject)
export class OcgLinksResolver {
  constructor(private readonly access: AccessService) {}

  @ResolveField(() => [OcgMemberObject])
  async nominals(@Context() ctx: RequestContext, @Parent() ocg: OcgObject): Promise<OcgMemberObject[]> {
    const members = await ctx.loaders.of(NOMINAL_MEMBERS_BY_OCG).load(ocg.id);
    return members.map((m) => ({ role: m.role, nominal: presentNominal(ctx, this.access, m.nominal) }));
  }

  @ResolveField(() => [VehicleObject])
  async vehicles(@Context() ctx: RequestContext, @Parent() ocg: OcgObject): Promise<VehicleObject[]> {
    return (await ctx.loaders.of(VEHICLE_RECORDS_BY_OCG).load(ocg.id)).map(toVehicleObject);
  }

  @ResolveField(() => [PlaceObject])
  async places(@Context() ctx: RequestContext, @Parent() ocg: OcgObject): Promise<PlaceObject[]> {
    return placesOf(ctx, this.access, await ctx.loaders.of(PLACES_BY_OCG).load(ocg.id));
  }
}

@Resolver(() => NominalObject)
export class NominalLinksResolver {
  constructor(private readonly access: AccessService) {}

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
    return vehiclesOf(ctx, await ctx.loaders.of(VEHICLES_BY_NOMINAL).load(nominal.id));
  }

  @ResolveField(() => [PlaceObject])
  async places(@Context() ctx: RequestContext, @Parent() nominal: NominalObject): Promise<PlaceObject[]> {
    return placesOf(ctx, this.access, await ctx.loaders.of(PLACES_BY_NOMINAL).load(nominal.id));
  }
}

@Resolver(() => VehicleObject)
export class VehicleLinksResolver {
  constructor(private readonly access: AccessService) {}

  @ResolveField(() => [OcgObject])
  async ocgs(@Context() ctx: RequestContext, @Parent() vehicle: VehicleObject): Promise<OcgObject[]> {
    return ocgsOf(ctx, await ctx.loaders.of(OCGS_BY_VEHICLE).load(vehicle.id));
  }

  @ResolveField(() => [NominalObject])
  async nominals(@Context() ctx: RequestContext, @Parent() vehicle: VehicleObject): Promise<NominalObject[]> {
    return nominalsOf(ctx, this.access, await ctx.loaders.of(NOMINALS_BY_VEHICLE).load(vehicle.id));
  }
}

@Resolver(() => PlaceObject)
export class PlaceLinksResolver {
  constructor(private readonly access: AccessService) {}

  @ResolveField(() => [OcgObject])
  async ocgs(@Context() ctx: RequestContext, @Parent() place: PlaceObject): Promise<OcgObject[]> {
    return ocgsOf(ctx, await ctx.loaders.of(OCGS_BY_PLACE).load(place.id));
  }

  @ResolveField(() => [NominalObject])
  async nominals(@Context() ctx: RequestContext, @Parent() place: PlaceObject): Promise<NominalObject[]> {
    return nominalsOf(ctx, this.access, await ctx.loaders.of(NOMINALS_BY_PLACE).load(place.id));
  }
}
