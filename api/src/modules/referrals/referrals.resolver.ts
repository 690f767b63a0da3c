import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { PERMISSIONS } from '@sentinel/shared';
import type { RequestContext } from '../../core/access/request-context.js';
import { RequirePermission } from '../../core/access/require-permission.decorator.js';
import { UuidPipe } from '../../core/graphql/uuid.pipe.js';
import { toAgencyObject } from '../agencies/agencies.service.js';
import { AgencyObject } from '../agencies/agency.object.js';
import { OcgObject } from '../ocgs/ocg.object.js';
import { toOcgObject } from '../ocgs/ocgs.service.js';
import { ReferralDecisionsService } from './referral-decisions.service.js';
import { AcceptReferralInput, CreateReferralInput, DeclineReferralInput, ReferralsArgs, ReferralVersionInput } from './referral.inputs.js';
import { ReferralObject, ReferralPageObject } from './referral.object.js';
import { ReferralsService } from './referrals.service.js';

/**
 * Reading needs referral:create, which every assessor role also holds: assessors read all of the panel's
 * referrals, referrers only their own agency's.
 */
@Resolver(() => ReferralObject)
export class ReferralsResolver {
  constructor(
    private readonly service: ReferralsService,
    private readonly decisions: ReferralDecisionsService,
  ) {}

  @Query(() => ReferralPageObject, { description: "Referrals you may see: all of the panel's for assessors, your agency's otherwise; newest first" })
  @RequirePermission(PERMISSIONS.REFERRAL_CREATE)
  referrals(@Context() ctx: RequestContext, @Args() args: ReferralsArgs): Promise<ReferralPageObject> {
    return this.service.list(ctx, args);
  }

  @Query(() => ReferralObject)
  @RequirePermission(PERMISSIONS.REFERRAL_CREATE)
  referral(@Context() ctx: RequestContext, @Args('id', { type: () => ID }, UuidPipe) id: string): Promise<ReferralObject> {
    return this.service.get(ctx, id);
  }

  @Mutation(() => ReferralObject, { description: 'Refers a group or individuals to the panel from your agency' })
  @RequirePermission(PERMISSIONS.REFERRAL_CREATE)
  createReferral(@Context() ctx: RequestContext, @Args('input') input: CreateReferralInput): Promise<ReferralObject> {
    return this.service.create(ctx, input);
  }

  @Mutation(() => ReferralObject, { description: 'RECEIVED -> UNDER_ASSESSMENT' })
  @RequirePermission(PERMISSIONS.REFERRAL_ASSESS)
  startReferralAssessment(@Context() ctx: RequestContext, @Args('input') input: ReferralVersionInput): Promise<ReferralObject> {
    return this.decisions.startAssessment(ctx, input);
  }

  @Mutation(() => ReferralObject, { description: 'UNDER_ASSESSMENT -> ACCEPTED, linked to an existing group or to a new one' })
  @RequirePermission(PERMISSIONS.REFERRAL_ASSESS)
  acceptReferral(@Context() ctx: RequestContext, @Args('input') input: AcceptReferralInput): Promise<ReferralObject> {
    return this.decisions.accept(ctx, input);
  }

  @Mutation(() => ReferralObject, { description: 'UNDER_ASSESSMENT -> DECLINED; the reason is shown to the referring agency' })
  @RequirePermission(PERMISSIONS.REFERRAL_ASSESS)
  declineReferral(@Context() ctx: RequestContext, @Args('input') input: DeclineReferralInput): Promise<ReferralObject> {
    return this.decisions.decline(ctx, input);
  }

  @ResolveField(() => AgencyObject)
  async fromAgency(@Context() ctx: RequestContext, @Parent() r: ReferralObject): Promise<AgencyObject> {
    return toAgencyObject((await ctx.loaders.agency.load(r.fromAgencyId))!);
  }

  @ResolveField(() => OcgObject, { nullable: true, description: 'The group an accepted referral was linked to' })
  async ocg(@Context() ctx: RequestContext, @Parent() r: ReferralObject): Promise<OcgObject | null> {
    const ocg = r.ocgId ? await ctx.loaders.ocg.load(r.ocgId) : null;
    return ocg ? toOcgObject(ocg) : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'The linked group’s reference, e.g. OCG-0042' })
  async ocgReference(@Context() ctx: RequestContext, @Parent() r: ReferralObject): Promise<string | null> {
    const ocg = r.ocgId ? await ctx.loaders.ocg.load(r.ocgId) : null;
    return ocg?.reference ?? null;
  }
}
