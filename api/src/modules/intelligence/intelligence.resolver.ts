import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { PERMISSIONS } from '@sentinel/shared';
import type { RequestContext } from '../../core/access/request-context.js';
import { RequirePermission } from '../../core/access/require-permission.decorator.js';
import { UuidPipe } from '../../core/graphql/uuid.pipe.js';
import { toAgencyObject } from '../agencies/agencies.service.js';
import { AgencyObject } from '../agencies/agency.object.js';
import { noteConsultation } from '../../core/audit/consultation.js';
import { IntelligenceArgs, RecordIntelligenceInput } from './intelligence.inputs.js';
import { RECIPIENT_IDS_BY_INTELLIGENCE } from './intelligence.loaders.js';
import { IntelligenceEntryObject, IntelligencePageObject } from './intelligence.object.js';
import { IntelligenceService } from './intelligence.service.js';

@Resolver(() => IntelligenceEntryObject)
export class IntelligenceResolver {
  constructor(private readonly service: IntelligenceService) {}

  @Query(() => IntelligencePageObject, { description: 'The intelligence about one group, nominal, vehicle or place that you may see, newest first' })
  @RequirePermission(PERMISSIONS.INTELLIGENCE_READ)
  intelligence(@Context() ctx: RequestContext, @Args() args: IntelligenceArgs): Promise<IntelligencePageObject> {
    return this.service.list(ctx, args);
  }

  @Query(() => IntelligenceEntryObject)
  @RequirePermission(PERMISSIONS.INTELLIGENCE_READ)
  intelligenceEntry(@Context() ctx: RequestContext, @Args('id', { type: () => ID }, UuidPipe) id: string): Promise<IntelligenceEntryObject> {
    return this.service.get(ctx, id);
  }

  @Mutation(() => IntelligenceEntryObject, { description: 'Adds a graded entry to the log; entries cannot be changed afterwards' })
  @RequirePermission(PERMISSIONS.INTELLIGENCE_WRITE)
  recordIntelligence(@Context() ctx: RequestContext, @Args('input') input: RecordIntelligenceInput): Promise<IntelligenceEntryObject> {
    return this.service.record(ctx, input);
  }

  @ResolveField(() => AgencyObject)
  async submittingAgency(@Context() ctx: RequestContext, @Parent() entry: IntelligenceEntryObject): Promise<AgencyObject> {
    return toAgencyObject((await ctx.loaders.agency.load(entry.submittingAgencyId))!);
  }

  @ResolveField(() => [AgencyObject], { description: 'For handling code C: the agencies it may be shared with' })
  async recipients(@Context() ctx: RequestContext, @Parent() entry: IntelligenceEntryObject): Promise<AgencyObject[]> {
    const ids = await ctx.loaders.of(RECIPIENT_IDS_BY_INTELLIGENCE).load(entry.id);
    const agencies = await ctx.loaders.agency.loadMany(ids);
    return agencies.flatMap((a) => (a && !(a instanceof Error) ? [toAgencyObject(a)] : []));
  }

  /** Intelligence about a person is their personal data: reading its text is noted for the s.62 consultation log. */
  @ResolveField(() => String)
  text(@Context() ctx: RequestContext, @Parent() entry: IntelligenceEntryObject): string {
    if (entry.subjectKind === 'NOMINAL') noteConsultation(ctx, entry.panelId, 'Intelligence', entry.id);
    return entry.text;
  }
}
