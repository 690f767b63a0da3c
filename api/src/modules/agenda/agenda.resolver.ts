import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { PERMISSIONS } from '@sentinel/shared';
import type { RequestContext } from '../../core/access/request-context.js';
import { RequirePermission } from '../../core/access/require-permission.decorator.js';
import { UuidPipe } from '../../core/graphql/uuid.pipe.js';
import { AgendaEditingService } from './agenda-editing.service.js';
import { AgendaPublishingService } from './agenda-publishing.service.js';
import { AgendaSeedingService } from './agenda-seeding.service.js';
import { AddAgendaItemInput, AgendaRecordInput, UpdateAgendaItemInput } from './agenda.inputs.js';
import { AgendaItemObject, AgendaObject } from './agenda.objects.js';
import { AgendaService } from './agenda.service.js';

@Resolver(() => AgendaObject)
export class AgendaResolver {
  constructor(
    private readonly agendas: AgendaService,
    private readonly seeding: AgendaSeedingService,
    private readonly editing: AgendaEditingService,
    private readonly publishing: AgendaPublishingService,
  ) {}

  @Query(() => AgendaObject, { description: 'A meeting’s agenda in order, timed against the slot; items restricted to other agencies are absent' })
  @RequirePermission(PERMISSIONS.MEETING_READ)
  agenda(@Context() ctx: RequestContext, @Args('meetingId', { type: () => ID }, UuidPipe) meetingId: string): Promise<AgendaObject> {
    return this.agendas.agenda(ctx, meetingId);
  }

  @Mutation(() => AgendaObject, { description: 'Creates the standing agenda and seeds it with open tasks, changed groups, referrals and threats' })
  @RequirePermission(PERMISSIONS.MEETING_MANAGE)
  buildAgenda(
    @Context() ctx: RequestContext,
    @Args('meetingId', { type: () => ID }, UuidPipe) meetingId: string,
    @Args('rebuild', { defaultValue: false, description: 'Replace an existing agenda (its items and their records)' }) rebuild: boolean,
  ): Promise<AgendaObject> {
    return this.seeding.build(ctx, meetingId, rebuild);
  }

  @Mutation(() => AgendaItemObject)
  @RequirePermission(PERMISSIONS.MEETING_MANAGE)
  addAgendaItem(@Context() ctx: RequestContext, @Args('input') input: AddAgendaItemInput): Promise<AgendaItemObject> {
    return this.editing.add(ctx, input);
  }

  @Mutation(() => AgendaItemObject, { description: 'Changes an item’s title, presenter, minutes or restriction; send the version you saw' })
  @RequirePermission(PERMISSIONS.MEETING_MANAGE)
  updateAgendaItem(@Context() ctx: RequestContext, @Args('input') input: UpdateAgendaItemInput): Promise<AgendaItemObject> {
    return this.editing.update(ctx, input);
  }

  @Mutation(() => AgendaObject)
  @RequirePermission(PERMISSIONS.MEETING_MANAGE)
  removeAgendaItem(
    @Context() ctx: RequestContext,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<AgendaObject> {
    return this.editing.remove(ctx, id, version);
  }

  @Mutation(() => AgendaObject, { description: 'Moves an item to a 1-based position (move up: position - 1)' })
  @RequirePermission(PERMISSIONS.MEETING_MANAGE)
  moveAgendaItem(
    @Context() ctx: RequestContext,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('toPosition', { type: () => Int }) toPosition: number,
  ): Promise<AgendaObject> {
    return this.editing.move(ctx, id, toPosition);
  }

  @Mutation(() => AgendaItemObject, { description: 'Puts a task, group, referral or emerging threat under an item' })
  @RequirePermission(PERMISSIONS.MEETING_MANAGE)
  addAgendaRecord(@Context() ctx: RequestContext, @Args('input') input: AgendaRecordInput): Promise<AgendaItemObject> {
    return this.editing.addRecord(ctx, input);
  }

  @Mutation(() => AgendaItemObject)
  @RequirePermission(PERMISSIONS.MEETING_MANAGE)
  removeAgendaRecord(@Context() ctx: RequestContext, @Args('input') input: AgendaRecordInput): Promise<AgendaItemObject> {
    return this.editing.removeRecord(ctx, input);
  }

  @Mutation(() => AgendaObject, { description: 'Publishes the agenda (planned → agenda published) and tells every active member by mail' })
  @RequirePermission(PERMISSIONS.MEETING_MANAGE)
  publishAgenda(
    @Context() ctx: RequestContext,
    @Args('meetingId', { type: () => ID }, UuidPipe) meetingId: string,
    @Args('version', { type: () => Int, description: 'The meeting’s version you saw' }) version: number,
  ): Promise<AgendaObject> {
    return this.publishing.publish(ctx, meetingId, version);
  }
}
