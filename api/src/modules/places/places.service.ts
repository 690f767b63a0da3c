import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { PERMISSIONS, POSITION_PLACES, positionProblem } from '@sentinel/shared';
import { AccessService, scopeCondition } from '../../core/access/access.service.js';
import type { RequestContext } from '../../core/access/request-context.js';
import { AuditService } from '../../core/audit/audit.service.js';
import { AppError } from '../../core/errors/app-error.js';
import { PlaceEntity } from './place.entity.js';
import type { PlaceFields, UpdatePlaceInput } from './place.inputs.js';
import { maySeePlace } from './place-presenter.js';

/** What a new place is recorded with. */
export type NewPlace = PlaceFields & { panelId: string };

/** The fields of a place its history keeps: `version` lets a stale edit be told what changed since. */
const AUDITED = ['label', 'kind', 'area', 'highHarm', 'chbPhase', 'latitude', 'longitude', 'version'] as const;

/** Places. Their links to groups and nominals are record-links'. */
@Injectable()
export class PlacesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  async get(ctx: RequestContext, id: string): Promise<PlaceEntity> {
    return this.findVisible(this.dataSource.manager, ctx, id);
  }

  /** Records a place within the caller's transaction. */
  async createIn(m: EntityManager, ctx: RequestContext, input: NewPlace): Promise<PlaceEntity> {
    this.access.requirePanel(ctx, input.panelId, PERMISSIONS.OCG_WRITE);
    const place = await m.getRepository(PlaceEntity).save(m.create(PlaceEntity, { ...values(input), panelId: input.panelId }));
    await this.audit.recordChange(m, ctx, { panelId: input.panelId, entityType: 'Place', entityId: place.id, action: 'CREATE', after: pick(place) });
    return place;
  }

  /**
   * Changes a place against the version the caller edited: a newer one answers CONFLICT naming the fields changed
   * since. A place of a panel the caller cannot read answers NOT_FOUND, as one that does not exist.
   */
  async update(ctx: RequestContext, input: UpdatePlaceInput): Promise<PlaceEntity> {
    const changes = values(input);
    return this.dataSource.transaction(async (m) => {
      const current = await this.findVisible(m, ctx, input.id, true);
      this.access.requireInPanel(ctx, current.panelId, PERMISSIONS.OCG_WRITE);
      // A home address shown withheld would be saved back as its stand-in: only someone who may read it changes it.
      if (!maySeePlace(ctx, this.access, current)) throw AppError.forbidden('Your agency may not receive this home address, so it cannot change it');
      if (current.version !== input.version) {
        throw AppError.conflict('This place', await this.audit.changedSince(m, 'Place', current.id, input.version), 'Place');
      }
      await m
        .createQueryBuilder()
        .update(PlaceEntity)
        .set({ ...changes, version: () => 'version + 1', updatedAt: () => 'now()' })
        .where('id = :id', { id: current.id })
        .execute();
      const after = await m.getRepository(PlaceEntity).findOneByOrFail({ id: current.id });
      await this.audit.recordChange(m, ctx, {
        panelId: current.panelId,
        entityType: 'Place',
        entityId: current.id,
        action: 'UPDATE',
        before: pick(current),
        after: pick(after),
      });
      return after;
    });
  }

  /** A place in a panel the caller can read, or NOT_FOUND exactly as for one that does not exist. */
  async findVisible(m: EntityManager, ctx: RequestContext, id: string, lock = false): Promise<PlaceEntity> {
    const scope = scopeCondition(this.access.scope(ctx, PERMISSIONS.OCG_READ), 'p.panel_id');
    const qb = m.getRepository(PlaceEntity).createQueryBuilder('p').where('p.id = :id', { id }).andWhere(scope.sql, scope.params);
    if (lock) qb.setLock('pessimistic_write');
    const p = await qb.getOne();
    if (!p) throw AppError.notFound('Place');
    return p;
  }
}

/** The columns a place is written with; the position must be both or neither, within the UK (shared rule). */
function values(input: PlaceFields) {
  if (input.label.trim().length < 2) throw AppError.badInput('label', 'Enter the address or area');
  const problem = positionProblem(input.latitude, input.longitude);
  if (problem) throw AppError.badInput(problem.field, problem.message);
  const degrees = (v: number | null | undefined) => (v === null || v === undefined ? null : v.toFixed(POSITION_PLACES));
  return {
    label: input.label.trim(),
    kind: input.kind,
    area: input.area?.trim() || null,
    highHarm: input.highHarm,
    chbPhase: input.chbPhase ?? null,
    latitude: degrees(input.latitude),
    longitude: degrees(input.longitude),
  };
}

function pick(p: PlaceEntity): Record<string, unknown> {
  return Object.fromEntries(AUDITED.map((k) => [k, p[k]]));
}
