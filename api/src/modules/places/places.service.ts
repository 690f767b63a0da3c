import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { PERMISSIONS } from '@sentinel/shared';
import { AccessService, scopeCondition } from '../../core/access/access.service.js';
import type { RequestContext } from '../../core/access/request-context.js';
import { AuditService } from '../../core/audit/audit.service.js';
import { AppError } from '../../core/errors/app-error.js';
import { setLink } from '../vehicles/record-links.js';
import type { LinkInput, RecordPlaceInput } from '../vehicles/vehicle.inputs.js';
import { PlaceEntity } from './place.entity.js';

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

  async record(ctx: RequestContext, input: RecordPlaceInput): Promise<PlaceEntity> {
    this.access.requirePanel(ctx, input.panelId, PERMISSIONS.OCG_WRITE);
    return this.dataSource.transaction(async (m) => {
      const place = await m.getRepository(PlaceEntity).save(
        m.create(PlaceEntity, {
          panelId: input.panelId,
          label: input.label.trim(),
          kind: input.kind,
          area: input.area?.trim() || null,
          highHarm: input.highHarm,
          chbPhase: input.chbPhase ?? null,
        }),
      );
      await this.audit.recordChange(m, ctx, {
        panelId: input.panelId,
        entityType: 'Place',
        entityId: place.id,
        action: 'CREATE',
        after: { label: place.label, kind: place.kind, area: place.area, highHarm: place.highHarm, chbPhase: place.chbPhase },
      });
      if (input.ocgId || input.nominalId) await this.linkIn(m, ctx, place, input, true);
      return place;
    });
  }

  async link(ctx: RequestContext, input: LinkInput): Promise<PlaceEntity> {
    return this.dataSource.transaction(async (m) => {
      const place = await this.findVisible(m, ctx, input.id);
      await this.linkIn(m, ctx, place, input, input.linked);
      return place;
    });
  }

  private linkIn(m: EntityManager, ctx: RequestContext, p: PlaceEntity, target: LinkInput | RecordPlaceInput, linked: boolean) {
    return setLink(m, ctx, { access: this.access, audit: this.audit }, 'place', { id: p.id, panelId: p.panelId, label: p.label }, target, linked);
  }

  private async findVisible(m: EntityManager, ctx: RequestContext, id: string): Promise<PlaceEntity> {
    const scope = scopeCondition(this.access.scope(ctx, PERMISSIONS.OCG_READ), 'p.panel_id');
    const p = await m.getRepository(PlaceEntity).createQueryBuilder('p').where('p.id = :id', { id }).andWhere(scope.sql, scope.params).getOne();
    if (!p) throw AppError.notFound('Place');
    return p;
  }
}
