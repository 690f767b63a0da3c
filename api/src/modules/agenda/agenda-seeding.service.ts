import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { londonToday, PERMISSIONS, STANDING_AGENDA, type AgendaItemKind } from '@sentinel/shared';
import { AccessService } from '../../core/access/access.service.js';
import type { RequestContext } from '../../core/access/request-context.js';
import { AuditEventEntity } from '../../core/audit/audit-event.entity.js';
import { AppError } from '../../core/errors/app-error.js';
import type { MeetingEntity } from '../meetings/meeting.entity.js';
import { MeetingsService } from '../meetings/meetings.service.js';
import { BUILDABLE, requireStatus } from './agenda-meeting.js';
import { moveThreats } from './agenda-threats.js';
import type { AgendaObject } from './agenda.objects.js';
import { AgendaService } from './agenda.service.js';

/** The look-back when the panel has no earlier meeting to measure "since the last meeting" from. */
const FIRST_MEETING_LOOKBACK = "interval '60 days'";
const POSITION = 'LEAST(row_number() OVER (ORDER BY %s), 32767)';
const OPEN_TASK = `t.status IN ('OPEN','IN_PROGRESS','BLOCKED')`;

/**
 * Builds a meeting's agenda from the standing template and seeds it with what the panel must look at. Every
 * seeding step is one INSERT … SELECT, so the cost is the same for 5 records or 5,000.
 */
@Injectable()
export class AgendaSeedingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly agendas: AgendaService,
    private readonly meetings: MeetingsService,
  ) {}

  async build(ctx: RequestContext, meetingId: string, rebuild: boolean): Promise<AgendaObject> {
    return this.dataSource.transaction(async (m) => {
      const meeting = await this.meetings.findVisible(m, ctx, meetingId, true);
      this.access.requireInPanel(ctx, meeting.panelId, PERMISSIONS.MEETING_MANAGE);
      requireStatus(meeting, BUILDABLE, 'build the agenda');
      const [{ n }]: { n: number }[] = await m.query(`SELECT count(*)::int AS n FROM agenda_item WHERE meeting_id = $1`, [meeting.id]);
      if (n > 0 && !rebuild)
        throw AppError.badInput('rebuild', 'This meeting already has an agenda. Rebuild it to start again from the standing template.');
      if (n > 0) await this.clear(m, ctx, meeting);
      const items = await this.createStanding(m, ctx, meeting);
      await this.seed(m, ctx, meeting, items);
      return this.agendas.agendaOf(m, ctx, meeting);
    });
  }

  /** Rebuilding puts back the threats this agenda took, so the reseeding finds them again. */
  private async clear(m: EntityManager, ctx: RequestContext, meeting: MeetingEntity): Promise<void> {
    await moveThreats(
      m,
      ctx,
      meeting.panelId,
      'ON_AGENDA',
      'RAISED',
      `SELECT r.record_id FROM agenda_item_record r JOIN agenda_item ai ON ai.id = r.agenda_item_id WHERE ai.meeting_id = $2 AND r.record_kind = 'EMERGING_THREAT'`,
      [meeting.id],
    );
    // For UPDATE and DELETE, TypeORM's query() answers [rows, affected].
    const [removed]: [{ id: string; title: string }[], number] = await m.query(`DELETE FROM agenda_item WHERE meeting_id = $1 RETURNING id, title`, [
      meeting.id,
    ]);
    if (removed.length) {
      await m.insert(
        AuditEventEntity,
        removed.map((r) => this.auditRow(ctx, meeting, r.id, 'DELETE', { title: [r.title, null] })),
      );
    }
  }

  private async createStanding(m: EntityManager, ctx: RequestContext, meeting: MeetingEntity): Promise<Map<AgendaItemKind, string>> {
    const template = STANDING_AGENDA.map((s, i) => ({ position: i + 1, kind: s.kind, title: s.title, minutes: s.minutes }));
    const rows: { id: string; kind: AgendaItemKind; title: string; minutes_allocated: number; position: number }[] = await m.query(
      `INSERT INTO agenda_item (meeting_id, panel_id, position, kind, title, minutes_allocated)
       SELECT $1, $2, s.position, s.kind, s.title, s.minutes
         FROM jsonb_to_recordset($3::jsonb) AS s(position int, kind text, title text, minutes int)
       RETURNING id, kind, title, minutes_allocated, position`,
      [meeting.id, meeting.panelId, JSON.stringify(template)],
    );
    await m.insert(
      AuditEventEntity,
      rows.map((r) =>
        this.auditRow(ctx, meeting, r.id, 'CREATE', {
          title: [null, r.title],
          kind: [null, r.kind],
          position: [null, r.position],
          minutesAllocated: [null, r.minutes_allocated],
        }),
      ),
    );
    return new Map(rows.map((r) => [r.kind, r.id]));
  }

  private async seed(m: EntityManager, ctx: RequestContext, meeting: MeetingEntity, items: Map<AgendaItemKind, string>): Promise<void> {
    const [{ since }]: { since: Date }[] = await m.query(
      `SELECT COALESCE(max(starts_at), now() - ${FIRST_MEETING_LOOKBACK}) AS since FROM meeting
        WHERE panel_id = $1 AND starts_at < $2 AND id <> $3 AND status <> 'CANCELLED'`,
      [meeting.panelId, meeting.startsAt, meeting.id],
    );
    const insert = `INSERT INTO agenda_item_record (agenda_item_id, record_kind, record_id, reason, position)`;
    const pos = (order: string) => POSITION.replace('%s', order);

    await m.query(
      `${insert} SELECT $1, 'TASK', t.id, CASE WHEN t.due_on < $3::date THEN 'OVERDUE_TASK' ELSE 'OPEN_TASK' END,
              ${pos('(t.due_on < $3::date) DESC NULLS LAST, t.due_on NULLS LAST, t.reference')}
         FROM task t WHERE t.panel_id = $2 AND ${OPEN_TASK}`,
      [items.get('PREVIOUS_MINUTES_ACTIONS'), meeting.panelId, londonToday()],
    );
    const rescored = `EXISTS (SELECT 1 FROM ocg_score s WHERE s.ocg_id = o.id AND s.scored_at >= $3)`;
    // The highest-scored groups first: the panel reviews them in that order. A group new since the last meeting
    // is introduced under "New groups and referrals" instead: a group appears once on an agenda.
    await m.query(
      `${insert} SELECT $1, 'OCG', o.id, CASE WHEN ${rescored} THEN 'RESCORED_OCG' ELSE 'STATUS_CHANGED_OCG' END,
              ${pos('o.score_total DESC NULLS LAST, o.reference')}
         FROM ocg o WHERE o.panel_id = $2 AND o.created_at < $3 AND (o.status_changed_at >= $3 OR ${rescored})`,
      [items.get('OCG_REVIEW'), meeting.panelId, since],
    );
    await m.query(
      `${insert} SELECT $1, 'OCG', o.id, 'NEW_OCG', ${pos('o.score_total DESC NULLS LAST, o.reference')}
         FROM ocg o WHERE o.panel_id = $2 AND o.created_at >= $3`,
      [items.get('NEW_OCGS_REFERRALS'), meeting.panelId, since],
    );
    await m.query(
      `${insert} SELECT $1, 'REFERRAL', r.id, 'REFERRAL_AWAITING', ${pos('r.created_at, r.reference')}
         FROM referral r WHERE r.panel_id = $2 AND r.status IN ('RECEIVED','UNDER_ASSESSMENT')`,
      [items.get('NEW_OCGS_REFERRALS'), meeting.panelId],
    );
    const [threats]: [{ id: string; version: number }[], number] = await m.query(
      `WITH seeded AS (
         ${insert} SELECT $1, 'EMERGING_THREAT', e.id, 'EMERGING_THREAT', ${pos('e.created_at, e.id')}
           FROM emerging_threat e WHERE e.panel_id = $2 AND e.status = 'RAISED'
         RETURNING record_id)
       UPDATE emerging_threat e SET status = 'ON_AGENDA', version = e.version + 1, updated_at = now()
         FROM seeded WHERE e.id = seeded.record_id RETURNING e.id, e.version`,
      [items.get('EMERGING_THREATS'), meeting.panelId],
    );
    if (threats.length) {
      await m.insert(
        AuditEventEntity,
        threats.map((t) => ({
          ...this.auditRow(ctx, meeting, t.id, 'UPDATE', { status: ['RAISED', 'ON_AGENDA'], version: [t.version - 1, t.version] }),
          entityType: 'EmergingThreat',
        })),
      );
    }
  }

  private auditRow(
    ctx: RequestContext,
    meeting: MeetingEntity,
    entityId: string,
    action: 'CREATE' | 'UPDATE' | 'DELETE',
    changes: Record<string, [unknown, unknown]>,
  ) {
    return {
      actorUserId: ctx.viewer?.userId ?? null,
      actorAgencyId: ctx.viewer?.agencyId ?? null,
      panelId: meeting.panelId,
      entityType: 'AgendaItem',
      entityId,
      action,
      changes: changes as never,
    };
  }
}
