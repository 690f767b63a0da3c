import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PERMISSIONS } from '@sentinel/shared';
import { AccessService, scopeCondition } from '../../core/access/access.service.js';
import type { RequestContext } from '../../core/access/request-context.js';
import { AppError } from '../../core/errors/app-error.js';
import { PanelEntity } from './panel.entity.js';
import type { PanelObject } from './panel.object.js';

@Injectable()
export class PanelsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
  ) {}

  async list(ctx: RequestContext): Promise<PanelObject[]> {
    const scope = scopeCondition(this.access.scope(ctx, PERMISSIONS.PANEL_READ), 'p.id');
    const panels = await this.dataSource
      .getRepository(PanelEntity)
      .createQueryBuilder('p')
      .where(scope.sql, scope.params)
      .orderBy('p.name')
      .limit(200)
      .getMany();
    return panels.map(toPanelObject);
  }

  async get(ctx: RequestContext, id: string): Promise<PanelObject> {
    const scope = scopeCondition(this.access.scope(ctx, PERMISSIONS.PANEL_READ), 'p.id');
    const panel = await this.dataSource
      .getRepository(PanelEntity)
      .createQueryBuilder('p')
      .where('p.id = :id', { id })
      .andWhere(scope.sql, scope.params)
      .getOne();
    if (!panel) throw AppError.notFound('Panel');
    return toPanelObject(panel);
  }
}

export function toPanelObject(p: PanelEntity): PanelObject {
  return {
    id: p.id,
    code: p.code,
    name: p.name,
    forceName: p.forceName,
    scaleMax: p.scoreScaleMax,
    tiers: p.tiers.map((t) => ({ name: t.name, minTotal: t.minTotal })),
    version: p.version,
  };
}
