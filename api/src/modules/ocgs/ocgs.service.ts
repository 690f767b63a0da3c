import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { changedPastDateProblem, dateOrderProblem, futureDateProblem, londonToday, PERMISSIONS } from '@sentinel/shared';
import { AccessService, scopeCondition } from '../../core/access/access.service.js';
import { knownTermsNear } from '../../core/access/known-names.js';
import type { RequestContext } from '../../core/access/request-context.js';
import { AuditService } from '../../core/audit/audit.service.js';
import { leanPage } from '../../core/database/prepared-query.js';
import { AppError } from '../../core/errors/app-error.js';
import { OCG_SORTS, ocgListCondition } from './ocg-filter.js';
import type { CreateOcgInput, OcgsArgs, UpdateOcgInput } from './ocg.inputs.js';
import { OcgEntity } from './ocg.entity.js';
import type { OcgObject, OcgPageObject } from './ocg.object.js';
import { nextReference } from '../panels/references.js';

const AUDITED = [
  'name',
  'status',
  'crimeTypes',
  'areas',
  'summary',
  'lroUserId',
  'sroUserId',
  'dateMapped',
  'nextReviewOn',
  'gscMarking',
  'version',
] as const;

@Injectable()
export class OcgsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  async list(ctx: RequestContext, args: OcgsArgs): Promise<OcgPageObject> {
    this.access.requirePanel(ctx, args.panelId, PERMISSIONS.OCG_READ);
    const where = ocgListCondition(args.panelId, args.filter, await knownTermsNear(ctx, args.panelId, args.filter?.search));
    const { rows, totalCount } = await leanPage(this.dataSource, OcgEntity, {
      as: 'o',
      where: where.sql,
      params: where.params,
      orderBy: OCG_SORTS[args.sort],
      limit: args.limit,
      offset: args.offset,
    });
    return { nodes: rows.map(toOcgObject), totalCount };
  }

  async get(ctx: RequestContext, id: string): Promise<OcgObject> {
    return toOcgObject(await this.findVisible(this.dataSource.manager, ctx, id));
  }

  async create(ctx: RequestContext, input: CreateOcgInput): Promise<OcgObject> {
    const viewer = this.access.requirePanel(ctx, input.panelId, PERMISSIONS.OCG_WRITE);
    return this.dataSource.transaction(async (m) => {
      const values = await this.validated(m, input.panelId, input);
      const reference = await nextReference(m, input.panelId, 'OCG');
      const created = await m
        .getRepository(OcgEntity)
        .save(m.create(OcgEntity, { ...values, panelId: input.panelId, reference, createdBy: viewer.userId }));
      await this.audit.recordChange(m, ctx, {
        panelId: input.panelId,
        entityType: 'Ocg',
        entityId: created.id,
        action: 'CREATE',
        after: pick(created),
      });
      return toOcgObject(created);
    });
  }

  async update(ctx: RequestContext, input: UpdateOcgInput): Promise<OcgObject> {
    return this.dataSource.transaction(async (m) => {
      const current = await this.findVisible(m, ctx, input.id, true);
      this.access.requireInPanel(ctx, current.panelId, PERMISSIONS.OCG_WRITE);
      if (current.version !== input.version) {
        throw AppError.conflict('This group', await this.audit.changedSince(m, 'Ocg', current.id, input.version), 'Ocg');
      }
      const values = await this.validated(m, current.panelId, input, current);
      await m
        .createQueryBuilder()
        .update(OcgEntity)
        .set({
          ...values,
          version: () => 'version + 1',
          updatedAt: () => 'now()',
          ...(values.status !== current.status ? { statusChangedAt: () => 'now()' } : {}),
        })
        .where('id = :id', { id: current.id })
        .execute();
      const after = await m.getRepository(OcgEntity).findOneByOrFail({ id: current.id });
      await this.audit.recordChange(m, ctx, {
        panelId: current.panelId,
        entityType: 'Ocg',
        entityId: current.id,
        action: 'UPDATE',
        before: pick(current),
        after: pick(after),
      });
      return toOcgObject(after);
    });
  }

  /**
   * An OCG in a panel the caller can read, or NOT_FOUND exactly as for one that does not exist. With `lock`,
   * the row is held until the transaction ends, so two edits of one group queue rather than interleave.
   */
  async findVisible(m: EntityManager, ctx: RequestContext, id: string, lock = false): Promise<OcgEntity> {
    const scope = scopeCondition(this.access.scope(ctx, PERMISSIONS.OCG_READ), 'o.panel_id');
    const qb = m.getRepository(OcgEntity).createQueryBuilder('o').where('o.id = :id', { id }).andWhere(scope.sql, scope.params);
    if (lock) qb.setLock('pessimistic_write');
    const ocg = await qb.getOne();
    if (!ocg) throw AppError.notFound('Group');
    return ocg;
  }

  private async validated(m: EntityManager, panelId: string, input: CreateOcgInput | UpdateOcgInput, current?: OcgEntity) {
    checkOcgDates(input, current);
    const people = [input.lroUserId, input.sroUserId].filter((id): id is string => Boolean(id));
    if (people.length) {
      const found: { user_id: string }[] = await m.query(`SELECT user_id FROM membership WHERE panel_id = $1 AND user_id = ANY($2)`, [
        panelId,
        people,
      ]);
      const members = new Set(found.map((r) => r.user_id));
      if (input.lroUserId && !members.has(input.lroUserId))
        throw AppError.badInput('lroUserId', 'Choose a lead responsible officer who is a member of this panel');
      if (input.sroUserId && !members.has(input.sroUserId))
        throw AppError.badInput('sroUserId', 'Choose a senior responsible officer who is a member of this panel');
    }
    return {
      name: input.name.trim(),
      status: input.status,
      crimeTypes: [...new Set(input.crimeTypes)],
      areas: [...new Set(input.areas.map((a) => a.trim()).filter(Boolean))],
      summary: input.summary?.trim() || null,
      lroUserId: input.lroUserId ?? null,
      sroUserId: input.sroUserId ?? null,
      dateMapped: input.dateMapped || null,
      nextReviewOn: input.nextReviewOn || null,
      gscMarking: input.gscMarking,
    };
  }
}

function pick(o: OcgEntity): Record<string, unknown> {
  return Object.fromEntries(AUDITED.map((k) => [k, o[k]]));
}

export function toOcgObject(o: OcgEntity): OcgObject {
  return {
    id: o.id,
    panelId: o.panelId,
    reference: o.reference,
    name: o.name,
    status: o.status,
    crimeTypes: o.crimeTypes,
    areas: o.areas,
    summary: o.summary,
    lroUserId: o.lroUserId,
    sroUserId: o.sroUserId,
    dateMapped: o.dateMapped,
    nextReviewOn: o.nextReviewOn,
    archivedAt: o.archivedAt,
    gscMarking: o.gscMarking,
    scoreTotal: o.scoreTotal,
    tier: o.tier,
    scoredAt: o.scoredAt,
    statusChangedAt: o.statusChangedAt,
    createdAt: o.createdAt,
    updatedAt: o.updatedAt,
    version: o.version,
  };
}

/** A group is mapped on a day that has come, and reviewed after it; a review date set or changed is not in the past. */
function checkOcgDates(input: CreateOcgInput | UpdateOcgInput, current?: OcgEntity): void {
  const today = londonToday();
  AppError.refuseIf('dateMapped', futureDateProblem('Date mapped', input.dateMapped, today));
  AppError.refuseIf('nextReviewOn', changedPastDateProblem('Next review date', input.nextReviewOn, current?.nextReviewOn, today));
  AppError.refuseIf(
    'nextReviewOn',
    dateOrderProblem({ label: 'Next review date', value: input.nextReviewOn }, { label: 'Date mapped', value: input.dateMapped }),
  );
}
