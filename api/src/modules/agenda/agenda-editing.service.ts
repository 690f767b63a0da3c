import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { PERMISSIONS } from '@sentinel/shared';
import { AccessService } from '../../core/access/access.service.js';
import type { RequestContext } from '../../core/access/request-context.js';
import { AuditService } from '../../core/audit/audit.service.js';
import { AppError } from '../../core/errors/app-error.js';
import { AgendaItemEntity } from '../meetings/agenda-item.entity.js';
import { MeetingsService } from '../meetings/meetings.service.js';
import { EDITABLE, requireStatus } from './agenda-meeting.js';
import { moveThreats } from './agenda-threats.js';
import type { AddAgendaItemInput, AgendaRecordInput, UpdateAgendaItemInput } from './agenda.inputs.js';
import type { AgendaItemObject, AgendaObject } from './agenda.objects.js';
import { AgendaService } from './agenda.service.js';
import { LiveEventsService } from './live-events.service.js';

const RECORD_TABLES = { TASK: 'task', OCG: 'ocg', REFERRAL: 'referral', EMERGING_THREAT: 'emerging_threat' } as const;

/** Changing the agenda by hand: items added, edited, removed, reordered, and the records they cover. */
@Injectable()
export class AgendaEditingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly meetings: MeetingsService,
    private readonly agendas: AgendaService,
    private readonly live: LiveEventsService,
  ) {}

  async add(ctx: RequestContext, input: AddAgendaItemInput): Promise<AgendaItemObject> {
    return this.dataSource.transaction(async (m) => {
      const meeting = await this.meetings.findVisible(m, ctx, input.meetingId, true);
      this.access.requireInPanel(ctx, meeting.panelId, PERMISSIONS.MEETING_MANAGE);
      requireStatus(meeting, EDITABLE, 'add agenda items');
      await this.validatePeople(m, meeting.panelId, input);
      const [{ n }]: { n: number }[] = await m.query(`SELECT count(*)::int AS n FROM agenda_item WHERE meeting_id = $1`, [meeting.id]);
      const position = Math.min(Math.max(input.position ?? n + 1, 1), n + 1);
      await m.query(`UPDATE agenda_item SET position = position + 1 WHERE meeting_id = $1 AND position >= $2`, [meeting.id, position]);
      const created = await m.getRepository(AgendaItemEntity).save(
        m.create(AgendaItemEntity, {
          meetingId: meeting.id,
          panelId: meeting.panelId,
          position,
          kind: input.kind,
          title: input.title.trim(),
          minutesAllocated: input.minutesAllocated,
          presenterUserId: input.presenterUserId ?? null,
          presenterAgencyId: input.presenterAgencyId ?? null,
          restrictedTo: unique(input.restrictedTo ?? []),
        }),
      );
      await this.audit.recordChange(m, ctx, {
        panelId: meeting.panelId,
        entityType: 'AgendaItem',
        entityId: created.id,
        action: 'CREATE',
        after: pick(created),
      });
      if (meeting.status === 'IN_PROGRESS') this.live.announce(m, meeting, 'AGENDA_CHANGED', created.id);
      return this.agendas.itemOf(m, ctx, meeting, created.id);
    });
  }

  async update(ctx: RequestContext, input: UpdateAgendaItemInput): Promise<AgendaItemObject> {
    return this.dataSource.transaction(async (m) => {
      const { item, meeting } = await this.agendas.findItem(m, ctx, input.id, true);
      this.access.requireInPanel(ctx, meeting.panelId, PERMISSIONS.MEETING_MANAGE);
      requireStatus(meeting, EDITABLE, 'change agenda items');
      if (item.version !== input.version)
        throw AppError.conflict('This agenda item', await this.audit.changedSince(m, 'AgendaItem', item.id, input.version), 'AgendaItem');
      await this.validatePeople(m, meeting.panelId, input);
      const set: Partial<AgendaItemEntity> = {};
      if (input.title !== undefined && input.title !== null) set.title = input.title.trim();
      if (input.minutesAllocated !== undefined && input.minutesAllocated !== null) set.minutesAllocated = input.minutesAllocated;
      if (input.presenterUserId !== undefined) set.presenterUserId = input.presenterUserId;
      if (input.presenterAgencyId !== undefined) set.presenterAgencyId = input.presenterAgencyId;
      if (input.restrictedTo !== undefined) set.restrictedTo = unique(input.restrictedTo ?? []);
      await m
        .createQueryBuilder()
        .update(AgendaItemEntity)
        .set({ ...set, version: () => 'version + 1', updatedAt: () => 'now()' })
        .where('id = :id', { id: item.id })
        .execute();
      const after = await m.getRepository(AgendaItemEntity).findOneByOrFail({ id: item.id });
      await this.audit.recordChange(m, ctx, {
        panelId: meeting.panelId,
        entityType: 'AgendaItem',
        entityId: item.id,
        action: 'UPDATE',
        before: pick(item),
        after: pick(after),
      });
      if (meeting.status === 'IN_PROGRESS') this.live.announce(m, meeting, 'AGENDA_CHANGED', item.id, item.restrictedTo);
      return this.agendas.itemOf(m, ctx, meeting, item.id);
    });
  }

  async remove(ctx: RequestContext, itemId: string, version: number): Promise<AgendaObject> {
    return this.dataSource.transaction(async (m) => {
      const { item, meeting } = await this.agendas.findItem(m, ctx, itemId, true);
      this.access.requireInPanel(ctx, meeting.panelId, PERMISSIONS.MEETING_MANAGE);
      requireStatus(meeting, EDITABLE, 'remove agenda items');
      if (item.version !== version)
        throw AppError.conflict('This agenda item', await this.audit.changedSince(m, 'AgendaItem', item.id, version), 'AgendaItem');
      if (meeting.currentItemId === item.id) throw AppError.badInput('id', 'Move the meeting on to another item before removing this one');
      // Threats this item put on the agenda go back to the pool, so a later agenda picks them up.
      await moveThreats(
        m,
        ctx,
        meeting.panelId,
        'ON_AGENDA',
        'RAISED',
        `SELECT record_id FROM agenda_item_record WHERE agenda_item_id = $2 AND record_kind = 'EMERGING_THREAT'`,
        [item.id],
      );
      await m.query(`DELETE FROM agenda_item WHERE id = $1`, [item.id]);
      await m.query(`UPDATE agenda_item SET position = position - 1 WHERE meeting_id = $1 AND position > $2`, [meeting.id, item.position]);
      await this.audit.recordChange(m, ctx, {
        panelId: meeting.panelId,
        entityType: 'AgendaItem',
        entityId: item.id,
        action: 'DELETE',
        before: pick(item),
      });
      if (meeting.status === 'IN_PROGRESS') this.live.announce(m, meeting, 'AGENDA_CHANGED', item.id, item.restrictedTo);
      return this.agendas.agendaOf(m, ctx, meeting);
    });
  }

  /** Moves an item to a 1-based position; "move up/down" is position ∓ 1. Other items keep their versions. */
  async move(ctx: RequestContext, itemId: string, toPosition: number): Promise<AgendaObject> {
    return this.dataSource.transaction(async (m) => {
      const { item, meeting } = await this.agendas.findItem(m, ctx, itemId, true);
      this.access.requireInPanel(ctx, meeting.panelId, PERMISSIONS.MEETING_MANAGE);
      requireStatus(meeting, EDITABLE, 'reorder the agenda');
      const order: string[] = (await m.query(`SELECT id FROM agenda_item WHERE meeting_id = $1 ORDER BY position, id`, [meeting.id])).map(
        (r: { id: string }) => r.id,
      );
      const from = order.indexOf(item.id);
      const to = Math.min(Math.max(toPosition, 1), order.length) - 1;
      order.splice(from, 1);
      order.splice(to, 0, item.id);
      // Renumbering the whole list also mends any gap left by an earlier change.
      await m.query(
        `UPDATE agenda_item ai SET position = o.position FROM unnest($2::uuid[]) WITH ORDINALITY AS o(id, position)
          WHERE ai.id = o.id AND ai.meeting_id = $1 AND ai.position <> o.position`,
        [meeting.id, order],
      );
      await this.audit.recordChange(m, ctx, {
        panelId: meeting.panelId,
        entityType: 'AgendaItem',
        entityId: item.id,
        action: 'UPDATE',
        before: { position: item.position },
        after: { position: to + 1 },
      });
      if (meeting.status === 'IN_PROGRESS') this.live.announce(m, meeting, 'AGENDA_CHANGED', item.id, item.restrictedTo);
      return this.agendas.agendaOf(m, ctx, meeting);
    });
  }

  async addRecord(ctx: RequestContext, input: AgendaRecordInput): Promise<AgendaItemObject> {
    return this.dataSource.transaction(async (m) => {
      const { item, meeting } = await this.agendas.findItem(m, ctx, input.itemId, true);
      this.access.requireInPanel(ctx, meeting.panelId, PERMISSIONS.MEETING_MANAGE);
      requireStatus(meeting, EDITABLE, 'change what an item covers');
      const [found]: unknown[] = await m.query(`SELECT 1 FROM ${RECORD_TABLES[input.recordKind]} WHERE id = $1 AND panel_id = $2`, [
        input.recordId,
        meeting.panelId,
      ]);
      if (!found) throw AppError.badInput('recordId', 'Choose a record of this panel');
      // A record is covered once on an agenda (the meeting is locked, so two additions cannot cross).
      const [already]: { position: number; title: string }[] = await m.query(
        `SELECT ai.position, ai.title FROM agenda_item_record r JOIN agenda_item ai ON ai.id = r.agenda_item_id
          WHERE ai.meeting_id = $1 AND r.record_kind = $2 AND r.record_id = $3`,
        [meeting.id, input.recordKind, input.recordId],
      );
      if (already) throw AppError.badInput('recordId', `This is already on the agenda, under item ${already.position}: ${already.title}`);
      const added: unknown[] = await m.query(
        `INSERT INTO agenda_item_record (agenda_item_id, record_kind, record_id, reason, position)
         SELECT $1, $2, $3, NULL, COALESCE(max(position), 0) + 1 FROM agenda_item_record WHERE agenda_item_id = $1
         ON CONFLICT DO NOTHING RETURNING record_id`,
        [item.id, input.recordKind, input.recordId],
      );
      if (added.length && input.recordKind === 'EMERGING_THREAT')
        await moveThreats(m, ctx, meeting.panelId, 'RAISED', 'ON_AGENDA', '$2', [input.recordId]);
      if (added.length) await this.recordAudit(m, ctx, meeting.panelId, item.id, input, 'added');
      return this.agendas.itemOf(m, ctx, meeting, item.id);
    });
  }

  async removeRecord(ctx: RequestContext, input: AgendaRecordInput): Promise<AgendaItemObject> {
    return this.dataSource.transaction(async (m) => {
      const { item, meeting } = await this.agendas.findItem(m, ctx, input.itemId, true);
      this.access.requireInPanel(ctx, meeting.panelId, PERMISSIONS.MEETING_MANAGE);
      requireStatus(meeting, EDITABLE, 'change what an item covers');
      // For a DELETE, TypeORM's query() answers [rows, affected].
      const [removed]: [unknown[], number] = await m.query(
        `DELETE FROM agenda_item_record WHERE agenda_item_id = $1 AND record_kind = $2 AND record_id = $3 RETURNING record_id`,
        [item.id, input.recordKind, input.recordId],
      );
      if (removed.length && input.recordKind === 'EMERGING_THREAT')
        await moveThreats(m, ctx, meeting.panelId, 'ON_AGENDA', 'RAISED', '$2', [input.recordId]);
      if (removed.length) await this.recordAudit(m, ctx, meeting.panelId, item.id, input, 'removed');
      return this.agendas.itemOf(m, ctx, meeting, item.id);
    });
  }

  private recordAudit(
    m: EntityManager,
    ctx: RequestContext,
    panelId: string,
    itemId: string,
    input: AgendaRecordInput,
    what: 'added' | 'removed',
  ): Promise<void> {
    const record = `${input.recordKind}:${input.recordId}`;
    return this.audit.recordChange(m, ctx, {
      panelId,
      entityType: 'AgendaItem',
      entityId: itemId,
      action: 'UPDATE',
      before: { record: what === 'added' ? null : record },
      after: { record: what === 'added' ? record : null },
    });
  }

  /** Presenters and restrictions must be people and agencies of the meeting's own panel. */
  private async validatePeople(
    m: EntityManager,
    panelId: string,
    input: { presenterUserId?: string | null; presenterAgencyId?: string | null; restrictedTo?: string[] | null },
  ): Promise<void> {
    if (input.presenterUserId) {
      const [member]: unknown[] = await m.query(
        `SELECT 1 FROM membership ms JOIN app_user u ON u.id = ms.user_id WHERE ms.panel_id = $1 AND u.id = $2 AND u.disabled_at IS NULL`,
        [panelId, input.presenterUserId],
      );
      if (!member) throw AppError.badInput('presenterUserId', 'Choose a member of this panel to present the item');
    }
    const agencies = unique([...(input.presenterAgencyId ? [input.presenterAgencyId] : []), ...(input.restrictedTo ?? [])]);
    if (!agencies.length) return;
    const [{ n }]: { n: number }[] = await m.query(`SELECT count(*)::int AS n FROM agency WHERE panel_id = $1 AND id = ANY($2::uuid[])`, [
      panelId,
      agencies,
    ]);
    if (n !== agencies.length) {
      throw AppError.badInput(input.restrictedTo?.length ? 'restrictedTo' : 'presenterAgencyId', 'Choose agencies of this panel');
    }
  }
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}

function pick(i: AgendaItemEntity): Record<string, unknown> {
  return {
    title: i.title,
    kind: i.kind,
    position: i.position,
    minutesAllocated: i.minutesAllocated,
    presenterUserId: i.presenterUserId,
    presenterAgencyId: i.presenterAgencyId,
    restrictedTo: i.restrictedTo,
    version: i.version,
  };
}
