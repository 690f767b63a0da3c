import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PERMISSIONS } from '@sentinel/shared';
import { AccessService, scopeCondition } from '../../core/access/access.service.js';
import type { RequestContext } from '../../core/access/request-context.js';
import { AppError } from '../../core/errors/app-error.js';
import { PanelEntity } from './panel.entity.js';

@Injectable()
export class PanelsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
  ) {}

  list(ctx: RequestContext): Promise<PanelEntity[]> {
    const scope = scopeCondition(this.access.scope(ctx, PERMISSIONS.PANEL_READ), 'p.id');
    return this.dataSource
      .getRepository(PanelEntity)
      .createQueryBuilder('p')
      .where(scope.sql, scope.params)
      .orderBy('p.name')
      .limit(200)
      .getMany();
  }

  async get(ctx: RequestContext, id: string): Promise<PanelEntity> {
    const scope = scopeCondition(this.access.scope(ctx, PERMISSIONS.PANEL_READ), 'p.id');
    const panel = await this.dataSource
      .getRepository(PanelEntity)
      .createQueryBuilder('p')
      .where('p.id = :id', { id })
      .andWhere(scope.sql, scope.params)
      .getOne();
    if (!panel) throw AppError.notFound('Panel');
    return panel;
  }
}
