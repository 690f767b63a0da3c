import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { PERMISSIONS, POSITION_PLACES, positionProblem } from '@sentinel/shared';
import { AccessService, scopeCondition } from '../../core/access/access.service.js';
import type { RequestContext } from '../../core/access/request-context.js';
import { AuditService } from '../../core/audit/audit.service.js';
import { AppError } from '../../core/errors/app-error.js';
import { PlaceEntity } from './place.entity.js';

/** What a new place is recorded with. */
export type NewPlace = Pick<PlaceEntity, 'panelId' | 'label' | 'kind' | 'highHarm'> & {
  area?: string | null;
  chbPhase?: PlaceEntity['chbPhase'];
  /** Decimal degrees within the UK, both or neither: what puts the place on the high-harm map. */
  latitude?: number | null;
  longitude?: number | null;
};

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
    const problem = positionProblem(input.latitude, input.longitude);
    if (problem) throw AppError.badInput(problem.field, problem.message);
    const degrees = (v: number | null | undefined) => (v === null || v === undefined ? null : v.toFixed(POSITION_PLACES));
    const place = await m.getRepository(PlaceEntity).save(
      m.create(PlaceEntity, {
        panelId: input.panelId,
        label: input.label.trim(),
        kind: input.kind,
        area: input.area?.trim() || null,
        highHarm: input.highHarm,
        chbPhase: input.chbPhase ?? null,
        latitude: degrees(input.latitude),
        longitude: degrees(input.longitude),
      }),
    );
    await this.audit.recordChange(m, ctx, {
      panelId: input.panelId,
      entityType: 'Place',
      entityId: place.id,
      action: 'CREATE',
      after: {
        label: place.label,
        kind: place.kind,
        area: place.area,
        highHarm: place.highHarm,
        chbPhase: place.chbPhase,
        latitude: place.latitude,
        longitude: place.longitude,
      },
    });
    return place;
  }

  /** A place in a panel the caller can read, or NOT_FOUND exactly as for one that does not exist. */
  async findVisible(m: EntityManager, ctx: RequestContext, id: string): Promise<PlaceEntity> {
    const scope = scopeCondition(this.access.scope(ctx, PERMISSIONS.OCG_READ), 'p.panel_id');
    const p = await m.getRepository(PlaceEntity).createQueryBuilder('p').where('p.id = :id', { id }).andWhere(scope.sql, scope.params).getOne();
    if (!p) throw AppError.notFound('Place');
    return p;
  }
}
