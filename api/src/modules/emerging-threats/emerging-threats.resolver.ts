import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { PERMISSIONS } from '@sentinel/shared';
import type { RequestContext } from '../../core/access/request-context.js';
import { RequirePermission } from '../../core/access/require-permission.decorator.js';
import { UuidPipe } from '../../core/graphql/uuid.pipe.js';
import { EmergingThreatsArgs, RaiseEmergingThreatInput, RecordThreatOutcomeArgs, UpdateEmergingThreatInput } from './emerging-threat.inputs.js';
import { OUTCOMES_BY_THREAT } from './emerging-threat.loaders.js';
import { EmergingThreatObject, EmergingThreatPageObject, ThreatOutcomeObject } from './emerging-threat.objects.js';
import { EmergingThreatsService } from './emerging-threats.service.js';

@Resolver(() => EmergingThreatObject)
export class EmergingThreatsResolver {
  constructor(private readonly service: EmergingThreatsService) {}

  @Query(() => EmergingThreatPageObject, { description: 'The panel’s emerging threats, newest first' })
  @RequirePermission(PERMISSIONS.MEETING_READ)
  emergingThreats(@Context() ctx: RequestContext, @Args() args: EmergingThreatsArgs): Promise<EmergingThreatPageObject> {
    return this.service.list(ctx, args);
  }

  @Query(() => EmergingThreatObject)
  @RequirePermission(PERMISSIONS.MEETING_READ)
  emergingThreat(@Context() ctx: RequestContext, @Args('id', { type: () => ID }, UuidPipe) id: string): Promise<EmergingThreatObject> {
    return this.service.get(ctx, id);
  }

  @Mutation(() => EmergingThreatObject, { description: 'Any member raises a new threat or trend for the panel' })
  @RequirePermission(PERMISSIONS.THREAT_RAISE)
  raiseEmergingThreat(@Context() ctx: RequestContext, @Args('input') input: RaiseEmergingThreatInput): Promise<EmergingThreatObject> {
    return this.service.raise(ctx, input);
  }

  @Mutation(() => EmergingThreatObject, { description: 'The raiser, the chair or the coordinator edits a threat' })
  @RequirePermission(PERMISSIONS.THREAT_RAISE)
  updateEmergingThreat(@Context() ctx: RequestContext, @Args('input') input: UpdateEmergingThreatInput): Promise<EmergingThreatObject> {
    return this.service.update(ctx, input);
  }

  @Mutation(() => EmergingThreatObject, { description: 'Records whether a meeting discussed, tasked or needed no action on a threat' })
  @RequirePermission(PERMISSIONS.MEETING_MANAGE)
  recordThreatOutcome(@Context() ctx: RequestContext, @Args() args: RecordThreatOutcomeArgs): Promise<EmergingThreatObject> {
    return this.service.recordOutcome(ctx, args);
  }

  @ResolveField(() => [ThreatOutcomeObject], { description: 'What each meeting did about it, earliest first' })
  outcomes(@Context() ctx: RequestContext, @Parent() threat: EmergingThreatObject): Promise<ThreatOutcomeObject[]> {
    return ctx.loaders.of(OUTCOMES_BY_THREAT).load(threat.id);
  }

  @ResolveField(() => String, { nullable: true })
  async raisedByName(@Context() ctx: RequestContext, @Parent() threat: EmergingThreatObject): Promise<string | null> {
    return threat.raisedByUserId ? ((await ctx.loaders.user.load(threat.raisedByUserId))?.name ?? null) : null;
  }

  @ResolveField(() => String, { nullable: true })
  async raisedByAgencyName(@Context() ctx: RequestContext, @Parent() threat: EmergingThreatObject): Promise<string | null> {
    return threat.raisedByAgencyId ? ((await ctx.loaders.agency.load(threat.raisedByAgencyId))?.name ?? null) : null;
  }
}
