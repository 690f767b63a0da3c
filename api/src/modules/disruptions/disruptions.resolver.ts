import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { PERMISSIONS } from '@sentinel/shared';
import { AccessService } from '../../core/access/access.service.js';
import type { RequestContext } from '../../core/access/request-context.js';
import { RequirePermission } from '../../core/access/require-permission.decorator.js';
import { UuidPipe } from '../../core/graphql/uuid.pipe.js';
import { toAgencyObject } from '../agencies/agencies.service.js';
import { AgencyObject } from '../agencies/agency.object.js';
import { presentNominal } from '../nominals/nominal-presenter.js';
import { NominalObject } from '../nominals/nominal.object.js';
import { OcgObject } from '../ocgs/ocg.object.js';
import { toOcgObject } from '../ocgs/ocgs.service.js';
import { DisruptionRecorder } from './disruption-recorder.service.js';
import { DisruptionsArgs, RecordDisruptionInput, UpdateDisruptionInput } from './disruption.inputs.js';
import { NOMINAL_IDS_BY_DISRUPTION } from './disruption.loaders.js';
import { DisruptionObject, DisruptionPageObject } from './disruption.object.js';
import { DisruptionsService } from './disruptions.service.js';

@Resolver(() => DisruptionObject)
export class DisruptionsResolver {
  constructor(
    private readonly service: DisruptionsService,
    private readonly recorder: DisruptionRecorder,
    private readonly access: AccessService,
  ) {}

  @Query(() => DisruptionPageObject, { description: "A panel's disruption ledger, newest first" })
  @RequirePermission(PERMISSIONS.OCG_READ)
  disruptions(@Context() ctx: RequestContext, @Args() args: DisruptionsArgs): Promise<DisruptionPageObject> {
    return this.service.list(ctx, args);
  }

  @Query(() => DisruptionObject)
  @RequirePermission(PERMISSIONS.OCG_READ)
  disruption(@Context() ctx: RequestContext, @Args('id', { type: () => ID }, UuidPipe) id: string): Promise<DisruptionObject> {
    return this.service.get(ctx, id);
  }

  @Mutation(() => DisruptionObject, { description: 'Records a disruption against a group; the impact needs a rationale' })
  @RequirePermission(PERMISSIONS.DISRUPTION_WRITE)
  recordDisruption(@Context() ctx: RequestContext, @Args('input') input: RecordDisruptionInput): Promise<DisruptionObject> {
    return this.recorder.record(ctx, input);
  }

  @Mutation(() => DisruptionObject, { description: 'Corrects a disruption; partners may correct only their own agency’s' })
  @RequirePermission(PERMISSIONS.DISRUPTION_WRITE)
  updateDisruption(@Context() ctx: RequestContext, @Args('input') input: UpdateDisruptionInput): Promise<DisruptionObject> {
    return this.recorder.update(ctx, input);
  }

  @ResolveField(() => OcgObject)
  async ocg(@Context() ctx: RequestContext, @Parent() d: DisruptionObject): Promise<OcgObject> {
    return toOcgObject((await ctx.loaders.ocg.load(d.ocgId))!);
  }

  @ResolveField(() => AgencyObject)
  async agency(@Context() ctx: RequestContext, @Parent() d: DisruptionObject): Promise<AgencyObject> {
    return toAgencyObject((await ctx.loaders.agency.load(d.agencyId))!);
  }

  @ResolveField(() => [NominalObject], { description: 'Personal details are withheld where the viewer’s agency may not receive them' })
  async nominals(@Context() ctx: RequestContext, @Parent() d: DisruptionObject): Promise<NominalObject[]> {
    const ids = await ctx.loaders.of(NOMINAL_IDS_BY_DISRUPTION).load(d.id);
    const nominals = await ctx.loaders.nominal.loadMany(ids);
    return nominals.flatMap((n) => (n && !(n instanceof Error) ? [presentNominal(ctx, this.access, n)] : []));
  }
}
