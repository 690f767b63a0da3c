import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { MEETING_STATUS_LABELS, PERMISSIONS, type MeetingStatus } from '@sentinel/shared';
import { AccessService, scopeCondition } from '../../core/access/access.service.js';
import type { RequestContext } from '../../core/access/request-context.js';
import { AuditService } from '../../core/audit/audit.service.js';
import { AppError } from '../../core/errors/app-error.js';
import { EventsService } from '../../core/events/events.service.js';
import { afterCommit } from './after-commit.js';
import { agendaView, itemAudience, type AgendaView } from './meeting-access.js';
import type { MeetingsArgs } from './meeting.inputs.js';
import type { MeetingObject, MeetingPageObject } from './meeting.objects.js';
import { MeetingEntity } from './meeting.entity.js';

/** The live event for any change to a meeting, on the panel's topic; the payload is `{ meetingChanged }`. */
export const MEETING_CHANGED = 'meeting-changed';

/**
 * The flow a meeting follows. Cancelling is possible only before it starts; approved minutes and a cancelled
 * meeting are final (a correction to minutes is a new minutes version, not a new meeting status).
 */
export const MEETING_TRANSITIONS: Record<MeetingStatus, readonly MeetingStatus[]> = {
  PLANNED: ['AGENDA_PUBLISHED', 'CANCELLED'],
  AGENDA_PUBLISHED: ['IN_PROGRESS', 'CANCELLED'],
  IN_PROGRESS: ['MINUTES_DRAFT'],
  MINUTES_DRAFT: ['MINUTES_APPROVED'],
  MINUTES_APPROVED: [],
  CANCELLED: [],
};

/** The moment each status is reached, kept on the meeting. */
const STAMPS: Partial<Record<MeetingStatus, string>> = {
  AGENDA_PUBLISHED: 'agenda_published_at',
  IN_PROGRESS: 'opened_at',
  MINUTES_DRAFT: 'closed_at',
};

/**
 * Reading meetings and moving them through their flow. The agenda, live meeting and minutes modules build on
 * `findVisible`, `assertVersion`, `transition` and `announce`; keep their signatures stable.
 */
@Injectable()
export class MeetingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly events: EventsService,
  ) {}

  /** A meeting of one of the viewer's panels, or NOT_FOUND as for one that does not exist; locked when changing it. */
  async findVisible(manager: EntityManager, ctx: RequestContext, id: string, lock = false): Promise<MeetingEntity> {
    const scope = scopeCondition(this.access.scope(ctx, PERMISSIONS.MEETING_READ), 'm.panel_id');
    const qb = manager.getRepository(MeetingEntity).createQueryBuilder('m').where('m.id = :id', { id }).andWhere(scope.sql, scope.params);
    if (lock) qb.setLock('pessimistic_write');
    const meeting = await qb.getOne();
    if (!meeting) throw AppError.notFound('Meeting');
    return meeting;
  }

  /**
   * A meeting whose agenda the viewer may read, with the audience its items are shown to: NOT_FOUND, exactly as
   * for a missing meeting, while the agenda is a draft they may not read (see meeting-access.ts).
   */
  async findAgenda(manager: EntityManager, ctx: RequestContext, id: string): Promise<AgendaView> {
    return agendaView(await this.findVisible(manager, ctx, id), itemAudience(this.access, ctx));
  }

  /** CONFLICT, naming what changed, when the caller saw an older version of the meeting. */
  async assertVersion(manager: EntityManager, meeting: MeetingEntity, version: number): Promise<void> {
    if (meeting.version !== version) {
      throw AppError.conflict('This meeting', await this.audit.changedSince(manager, 'Meeting', meeting.id, version), 'Meeting');
    }
  }

  /**
   * Moves a meeting (found with `findVisible(..., true)` in the same transaction) to its next status: checks the
   * flow and the caller's permission for the step, stamps the time, bumps the version, audits, and announces
   * the change once the transaction commits.
   */
  async transition(manager: EntityManager, ctx: RequestContext, meeting: MeetingEntity, to: MeetingStatus): Promise<MeetingEntity> {
    this.access.requireInPanel(ctx, meeting.panelId, to === 'MINUTES_APPROVED' ? PERMISSIONS.MINUTES_APPROVE : PERMISSIONS.MEETING_MANAGE);
    if (!MEETING_TRANSITIONS[meeting.status].includes(to)) {
      throw AppError.badInput(
        'status',
        `A meeting that is ${MEETING_STATUS_LABELS[meeting.status].toLowerCase()} cannot become ${MEETING_STATUS_LABELS[to].toLowerCase()}`,
      );
    }
    if (to === 'CANCELLED' && meeting.startsAt.getTime() <= Date.now()) {
      throw AppError.badInput('status', 'A meeting that has started cannot be cancelled');
    }
    const stamp = STAMPS[to];
    await manager.query(
      `UPDATE meeting SET status = $2, version = version + 1, updated_at = now()${stamp ? `, ${stamp} = now()` : ''} WHERE id = $1`,
      [meeting.id, to],
    );
    const after = await manager.getRepository(MeetingEntity).findOneByOrFail({ id: meeting.id });
    await this.audit.recordChange(manager, ctx, {
      panelId: meeting.panelId,
      entityType: 'Meeting',
      entityId: meeting.id,
      action: 'UPDATE',
      before: { status: meeting.status, version: meeting.version },
      after: { status: after.status, version: after.version },
    });
    this.announce(manager, after);
    return after;
  }

  /** Publishes `meeting-changed` for the meeting once `manager`'s transaction commits (now, outside one). */
  announce(manager: EntityManager, meeting: MeetingEntity): void {
    const object = toMeetingObject(meeting);
    afterCommit(manager, () => this.events.publish(MEETING_CHANGED, meeting.panelId, { meetingChanged: object }));
  }

  async get(ctx: RequestContext, id: string): Promise<MeetingObject> {
    return toMeetingObject(await this.findVisible(this.dataSource.manager, ctx, id));
  }

  async list(ctx: RequestContext, args: MeetingsArgs): Promise<MeetingPageObject> {
    this.access.requirePanel(ctx, args.panelId, PERMISSIONS.MEETING_READ);
    const qb = this.dataSource.getRepository(MeetingEntity).createQueryBuilder('m').where('m.panel_id = :panelId', { panelId: args.panelId });
    if (args.from) qb.andWhere('m.starts_at >= :from', { from: args.from });
    if (args.to) qb.andWhere('m.starts_at < :to', { to: args.to });
    if (args.statuses?.length) qb.andWhere('m.status = ANY(:statuses)', { statuses: args.statuses });
    const [rows, totalCount] = await qb.orderBy('m.starts_at', 'ASC').addOrderBy('m.id').take(args.limit).skip(args.offset).getManyAndCount();
    return { nodes: rows.map(toMeetingObject), totalCount };
  }

  /** The next meeting that will still happen: not cancelled, not over (one running late still counts). */
  async next(ctx: RequestContext, panelId: string): Promise<MeetingObject | null> {
    this.access.requirePanel(ctx, panelId, PERMISSIONS.MEETING_READ);
    const meeting = await this.dataSource
      .getRepository(MeetingEntity)
      .createQueryBuilder('m')
      .where('m.panel_id = :panelId', { panelId })
      .andWhere(`(m.status = 'IN_PROGRESS' OR (m.status IN ('PLANNED','AGENDA_PUBLISHED') AND m.ends_at > now()))`)
      .orderBy('m.starts_at', 'ASC')
      .getOne();
    return meeting ? toMeetingObject(meeting) : null;
  }
}

export function toMeetingObject(m: MeetingEntity): MeetingObject {
  return {
    id: m.id,
    panelId: m.panelId,
    seriesId: m.seriesId,
    title: m.title,
    startsAt: m.startsAt,
    endsAt: m.endsAt,
    mode: m.mode,
    teamsUrl: m.teamsUrl,
    location: m.location,
    status: m.status,
    currentItemId: m.currentItemId,
    currentItemStartedAt: m.currentItemStartedAt,
    agendaPublishedAt: m.agendaPublishedAt,
    openedAt: m.openedAt,
    closedAt: m.closedAt,
    createdAt: m.createdAt,
    updatedAt: m.updatedAt,
    version: m.version,
  };
}
