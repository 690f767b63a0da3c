import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { PERMISSIONS, type MeetingStatus } from '@sentinel/shared';
import { AccessService, scopeCondition } from '../../core/access/access.service.js';
import { knownTermsNear } from '../../core/access/known-names.js';
import type { RequestContext } from '../../core/access/request-context.js';
import { AuditService } from '../../core/audit/audit.service.js';
import { AppError } from '../../core/errors/app-error.js';
import { MeetingsService } from '../meetings/meetings.service.js';
import { everyWordMatches, namedParams } from '../search/text-filter.js';
import { EmergingThreatOutcomeEntity } from './emerging-threat-outcome.entity.js';
import { EmergingThreatEntity } from './emerging-threat.entity.js';
import type { EmergingThreatsArgs, RaiseEmergingThreatInput, RecordThreatOutcomeArgs, UpdateEmergingThreatInput } from './emerging-threat.inputs.js';
import type { EmergingThreatObject, EmergingThreatPageObject } from './emerging-threat.objects.js';

/** Outcomes are recorded at the meeting or while its minutes are drafted; approved minutes are final. */
const OUTCOME_OPEN: readonly MeetingStatus[] = ['IN_PROGRESS', 'MINUTES_DRAFT'];
const AUDITED = ['title', 'description', 'crimeType', 'area', 'status', 'version'] as const;
/** What `search` matches, written as IDX_emerging_threat_title_trgm is built. */
const SEARCHED = { text: 't.title' };

/** Emerging threats: raised by any member, covered by meetings, each meeting's outcome kept for coverage. */
@Injectable()
export class EmergingThreatsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly meetings: MeetingsService,
  ) {}

  async raise(ctx: RequestContext, input: RaiseEmergingThreatInput): Promise<EmergingThreatObject> {
    const viewer = this.access.requirePanel(ctx, input.panelId, PERMISSIONS.THREAT_RAISE);
    const threat = await this.dataSource.transaction(async (m) => {
      const created = await m.getRepository(EmergingThreatEntity).save(
        m.create(EmergingThreatEntity, {
          ...fields(input),
          panelId: input.panelId,
          status: 'RAISED',
          raisedBy: viewer.userId,
          raisedByAgencyId: viewer.agencyId,
        }),
      );
      await this.audit.recordChange(m, ctx, {
        panelId: input.panelId,
        entityType: 'EmergingThreat',
        entityId: created.id,
        action: 'CREATE',
        after: pick(created),
      });
      return created;
    });
    return toThreatObject(threat);
  }

  async list(ctx: RequestContext, args: EmergingThreatsArgs): Promise<EmergingThreatPageObject> {
    this.access.requirePanel(ctx, args.panelId, PERMISSIONS.MEETING_READ);
    const qb = this.dataSource.getRepository(EmergingThreatEntity).createQueryBuilder('t').where('t.panel_id = :panelId', { panelId: args.panelId });
    if (args.statuses?.length) qb.andWhere('t.status = ANY(:statuses)', { statuses: args.statuses });
    const { params, param } = namedParams();
    const words = everyWordMatches(args.search, SEARCHED, param, await knownTermsNear(ctx, args.panelId, args.search));
    if (words) qb.andWhere(words, params);
    const [rows, totalCount] = await qb.orderBy('t.created_at', 'DESC').addOrderBy('t.id').take(args.limit).skip(args.offset).getManyAndCount();
    return { nodes: rows.map(toThreatObject), totalCount };
  }

  async get(ctx: RequestContext, id: string): Promise<EmergingThreatObject> {
    return toThreatObject(await this.findVisible(this.dataSource.manager, ctx, id));
  }

  /** A threat of one of the viewer's panels, or NOT_FOUND as for one that does not exist. */
  async findVisible(m: EntityManager, ctx: RequestContext, id: string, lock = false): Promise<EmergingThreatEntity> {
    const scope = scopeCondition(this.access.scope(ctx, PERMISSIONS.MEETING_READ), 't.panel_id');
    const qb = m.getRepository(EmergingThreatEntity).createQueryBuilder('t').where('t.id = :id', { id }).andWhere(scope.sql, scope.params);
    if (lock) qb.setLock('pessimistic_write');
    const threat = await qb.getOne();
    if (!threat) throw AppError.notFound('Emerging threat');
    return threat;
  }

  async update(ctx: RequestContext, input: UpdateEmergingThreatInput): Promise<EmergingThreatObject> {
    const threat = await this.dataSource.transaction(async (m) => {
      const current = await this.findVisible(m, ctx, input.id, true);
      const viewer = this.access.requireViewer(ctx);
      const manager = this.access.holdsInPanel(viewer, current.panelId, PERMISSIONS.MEETING_MANAGE);
      if (!manager && current.raisedBy !== viewer.userId) throw AppError.forbidden();
      if (current.version !== input.version) {
        throw AppError.conflict(
          'This emerging threat',
          await this.audit.changedSince(m, 'EmergingThreat', current.id, input.version),
          'EmergingThreat',
        );
      }
      await m
        .createQueryBuilder()
        .update(EmergingThreatEntity)
        .set({ ...fields(input), version: () => 'version + 1', updatedAt: () => 'now()' })
        .where('id = :id', { id: current.id })
        .execute();
      const after = await m.getRepository(EmergingThreatEntity).findOneByOrFail({ id: current.id });
      await this.audit.recordChange(m, ctx, {
        panelId: current.panelId,
        entityType: 'EmergingThreat',
        entityId: current.id,
        action: 'UPDATE',
        before: pick(current),
        after: pick(after),
      });
      return after;
    });
    return toThreatObject(threat);
  }

  /** Records what a meeting did about a threat (again for the same meeting replaces it); the threat takes that status. */
  async recordOutcome(ctx: RequestContext, args: RecordThreatOutcomeArgs): Promise<EmergingThreatObject> {
    const threat = await this.dataSource.transaction(async (m) => {
      const meeting = await this.meetings.findVisible(m, ctx, args.meetingId);
      this.access.requireInPanel(ctx, meeting.panelId, PERMISSIONS.MEETING_MANAGE);
      const current = await this.findVisible(m, ctx, args.threatId, true);
      if (current.panelId !== meeting.panelId) throw AppError.badInput('threatId', 'Choose an emerging threat of this meeting’s panel');
      if (!OUTCOME_OPEN.includes(meeting.status)) {
        throw AppError.badInput('meetingId', 'Outcomes are recorded once the meeting has started, until its minutes are approved');
      }
      const note = args.note?.trim() || null;
      const [before] = await m.getRepository(EmergingThreatOutcomeEntity).findBy({ meetingId: meeting.id, emergingThreatId: current.id });
      await m.query(
        `INSERT INTO emerging_threat_outcome (meeting_id, emerging_threat_id, outcome, note) VALUES ($1, $2, $3, $4)
         ON CONFLICT (meeting_id, emerging_threat_id) DO UPDATE SET outcome = EXCLUDED.outcome, note = EXCLUDED.note, recorded_at = now()`,
        [meeting.id, current.id, args.outcome, note],
      );
      await this.audit.recordChange(m, ctx, {
        panelId: current.panelId,
        entityType: 'EmergingThreatOutcome',
        entityId: current.id,
        action: before ? 'UPDATE' : 'CREATE',
        before: before ? { meetingId: meeting.id, outcome: before.outcome, note: before.note } : null,
        after: { meetingId: meeting.id, outcome: args.outcome, note },
      });
      if (current.status === args.outcome) return current;
      await m.query(`UPDATE emerging_threat SET status = $2, version = version + 1, updated_at = now() WHERE id = $1`, [current.id, args.outcome]);
      const after = await m.getRepository(EmergingThreatEntity).findOneByOrFail({ id: current.id });
      await this.audit.recordChange(m, ctx, {
        panelId: current.panelId,
        entityType: 'EmergingThreat',
        entityId: current.id,
        action: 'UPDATE',
        before: pick(current),
        after: pick(after),
      });
      return after;
    });
    return toThreatObject(threat);
  }
}

function fields(input: { title: string; description: string; crimeType?: EmergingThreatEntity['crimeType']; area?: string | null }) {
  return { title: input.title.trim(), description: input.description.trim(), crimeType: input.crimeType ?? null, area: input.area?.trim() || null };
}

function pick(t: EmergingThreatEntity): Record<string, unknown> {
  return Object.fromEntries(AUDITED.map((k) => [k, t[k]]));
}

export function toThreatObject(t: EmergingThreatEntity): EmergingThreatObject {
  return {
    id: t.id,
    panelId: t.panelId,
    title: t.title,
    description: t.description,
    crimeType: t.crimeType,
    area: t.area,
    status: t.status,
    raisedByUserId: t.raisedBy,
    raisedByAgencyId: t.raisedByAgencyId,
    createdAt: t.createdAt,
    updatedAt: t.updatedAt,
    version: t.version,
  };
}
