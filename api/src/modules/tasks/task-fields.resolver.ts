import { Args, Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AccessService } from '../../core/access/access.service.js';
import type { RequestContext } from '../../core/access/request-context.js';
import { toAgencyObject } from '../agencies/agencies.service.js';
import { AgencyObject } from '../agencies/agency.object.js';
import { presentNominal } from '../nominals/nominal-presenter.js';
import { NominalObject } from '../nominals/nominal.object.js';
import { OcgObject } from '../ocgs/ocg.object.js';
import { toOcgObject } from '../ocgs/ocgs.service.js';
import { UPDATES_BY_TASK } from './task.loaders.js';
import { TaskObject, TaskUpdateObject } from './task.objects.js';

@Resolver(() => TaskObject)
export class TaskFieldsResolver {
  constructor(private readonly access: AccessService) {}

  @ResolveField(() => AgencyObject)
  async agency(@Context() ctx: RequestContext, @Parent() task: TaskObject): Promise<AgencyObject> {
    return toAgencyObject((await ctx.loaders.agency.load(task.agencyId))!);
  }

  @ResolveField(() => String, { nullable: true })
  async ownerName(@Context() ctx: RequestContext, @Parent() task: TaskObject): Promise<string | null> {
    return task.ownerUserId ? ((await ctx.loaders.user.load(task.ownerUserId))?.name ?? null) : null;
  }

  @ResolveField(() => OcgObject, { nullable: true })
  async ocg(@Context() ctx: RequestContext, @Parent() task: TaskObject): Promise<OcgObject | null> {
    const ocg = task.ocgId ? await ctx.loaders.ocg.load(task.ocgId) : null;
    return ocg ? toOcgObject(ocg) : null;
  }

  @ResolveField(() => NominalObject, { nullable: true })
  async nominal(@Context() ctx: RequestContext, @Parent() task: TaskObject): Promise<NominalObject | null> {
    const n = task.nominalId ? await ctx.loaders.nominal.load(task.nominalId) : null;
    return n ? presentNominal(ctx, this.access, n) : null;
  }

  @ResolveField(() => [TaskUpdateObject], { description: 'The timeline, oldest first (the latest `limit` entries)' })
  async updates(
    @Context() ctx: RequestContext,
    @Parent() task: TaskObject,
    @Args('limit', { type: () => Int, defaultValue: 50 }) limit: number,
  ): Promise<TaskUpdateObject[]> {
    const rows = await ctx.loaders.of(UPDATES_BY_TASK).load(task.id);
    return rows.slice(-Math.min(Math.max(limit, 1), 200)).map((u) => ({
      id: u.id,
      kind: u.kind,
      text: u.text,
      fromStatus: u.fromStatus,
      toStatus: u.toStatus,
      changes: Object.entries((u.previous ?? {}) as Record<string, [unknown, unknown]>).map(([field, [before, after]]) => ({
        field,
        before: before === null || before === undefined ? null : JSON.stringify(before),
        after: after === null || after === undefined ? null : JSON.stringify(after),
      })),
      authorUserId: u.authorUserId,
      authorAgencyId: u.authorAgencyId,
      createdAt: u.createdAt,
    }));
  }
}

@Resolver(() => TaskUpdateObject)
export class TaskUpdateFieldsResolver {
  @ResolveField(() => String, { nullable: true })
  async authorName(@Context() ctx: RequestContext, @Parent() u: TaskUpdateObject): Promise<string | null> {
    return u.authorUserId ? ((await ctx.loaders.user.load(u.authorUserId))?.name ?? null) : null;
  }

  @ResolveField(() => String, { nullable: true })
  async authorAgencyName(@Context() ctx: RequestContext, @Parent() u: TaskUpdateObject): Promise<string | null> {
    return u.authorAgencyId ? ((await ctx.loaders.agency.load(u.authorAgencyId))?.name ?? null) : null;
  }
}
