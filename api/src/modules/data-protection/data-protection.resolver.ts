import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { PERMISSIONS } from '@sentinel/shared';
import type { RequestContext } from '../../core/access/request-context.js';
import { RequirePermission } from '../../core/access/require-permission.decorator.js';
import { FIELD_COST } from '../../core/graphql/query-shape.js';
import { UuidPipe } from '../../core/graphql/uuid.pipe.js';
import { LimitRunning } from '../../core/limits/expensive-work.js';
import {
  AuditChainStatusObject,
  AuditTrailArgs,
  AuditTrailEntryObject,
  AuditTrailPageObject,
  ConsultationLogArgs,
  ConsultationLogEntryObject,
  ConsultationLogPageObject,
  DataProtectionNominalPageObject,
  DataProtectionNominalsArgs,
} from './data-protection.objects.js';
import { DataProtectionService } from './data-protection.service.js';

@Resolver()
export class DataProtectionResolver {
  constructor(private readonly service: DataProtectionService) {}

  @Query(() => ConsultationLogPageObject, {
    description: 'The panel’s s.62 log of consultations and disclosures of personal data, newest first, for its data protection officer',
  })
  @RequirePermission(PERMISSIONS.DATA_PROTECTION_READ)
  consultationLog(@Context() ctx: RequestContext, @Args() args: ConsultationLogArgs): Promise<ConsultationLogPageObject> {
    return this.service.consultationLog(ctx, args);
  }

  @Query(() => AuditTrailPageObject, { description: 'The panel’s audit trail of changes, newest first, for its data protection officer' })
  @RequirePermission(PERMISSIONS.DATA_PROTECTION_READ)
  auditTrail(@Context() ctx: RequestContext, @Args() args: AuditTrailArgs): Promise<AuditTrailPageObject> {
    return this.service.auditTrail(ctx, args);
  }

  @Query(() => [AuditChainStatusObject], {
    description: 'Whether the panel’s audit trail and consultation log are each as they were written (their hash chains walked now)',
    complexity: FIELD_COST.report,
  })
  @RequirePermission(PERMISSIONS.DATA_PROTECTION_READ)
  @LimitRunning('DOCUMENT')
  auditChainStatus(
    @Context() ctx: RequestContext,
    @Args('panelId', { type: () => ID }, UuidPipe) panelId: string,
  ): Promise<AuditChainStatusObject[]> {
    return this.service.chainStatus(ctx, panelId);
  }

  @Query(() => DataProtectionNominalPageObject, {
    description: 'The panel’s nominals a name, alias or reference finds, to answer a subject access request (each one shown is logged)',
  })
  @RequirePermission(PERMISSIONS.DATA_PROTECTION_READ)
  dataProtectionNominals(@Context() ctx: RequestContext, @Args() args: DataProtectionNominalsArgs): Promise<DataProtectionNominalPageObject> {
    return this.service.nominals(ctx, args);
  }
}

/** Names of the people and agencies a log row refers to, through the request's loaders. */
async function userName(ctx: RequestContext, id: string | null): Promise<string | null> {
  return id ? ((await ctx.loaders.user.load(id))?.name ?? null) : null;
}
async function agencyName(ctx: RequestContext, id: string | null): Promise<string | null> {
  return id ? ((await ctx.loaders.agency.load(id))?.name ?? null) : null;
}

@Resolver(() => ConsultationLogEntryObject)
export class ConsultationLogEntryResolver {
  @ResolveField(() => String, { nullable: true, description: 'Who consulted or disclosed the data; null for Sentinel itself' })
  actorName(@Context() ctx: RequestContext, @Parent() row: ConsultationLogEntryObject): Promise<string | null> {
    return userName(ctx, row.actorUserId);
  }

  @ResolveField(() => String, { nullable: true })
  actorAgencyName(@Context() ctx: RequestContext, @Parent() row: ConsultationLogEntryObject): Promise<string | null> {
    return agencyName(ctx, row.actorAgencyId);
  }

  @ResolveField(() => String, { nullable: true })
  disclosedToAgencyName(@Context() ctx: RequestContext, @Parent() row: ConsultationLogEntryObject): Promise<string | null> {
    return agencyName(ctx, row.disclosedToAgencyId);
  }
}

@Resolver(() => AuditTrailEntryObject)
export class AuditTrailEntryResolver {
  @ResolveField(() => String, { nullable: true, description: 'Who made the change; null for Sentinel itself' })
  actorName(@Context() ctx: RequestContext, @Parent() row: AuditTrailEntryObject): Promise<string | null> {
    return userName(ctx, row.actorUserId);
  }

  @ResolveField(() => String, { nullable: true })
  actorAgencyName(@Context() ctx: RequestContext, @Parent() row: AuditTrailEntryObject): Promise<string | null> {
    return agencyName(ctx, row.actorAgencyId);
  }
}
