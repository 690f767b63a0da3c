import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { PERMISSIONS } from '@sentinel/shared';
import { AccessService } from '../../core/access/access.service.js';
import type { RequestContext } from '../../core/access/request-context.js';
import { AppError } from '../../core/errors/app-error.js';
import type { DisruptionsArgs } from './disruption.inputs.js';
import type { DisruptionObject, DisruptionPageObject } from './disruption.object.js';
import { DISRUPTION_COLUMNS, toDisruptionObject, type DisruptionRow } from './disruption.rows.js';

/** Reading the ledger: anyone who may read the panel's groups may read what was done to them. */
@Injectable()
export class DisruptionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
  ) {}

  async list(ctx: RequestContext, args: DisruptionsArgs): Promise<DisruptionPageObject> {
    this.access.requirePanel(ctx, args.panelId, PERMISSIONS.OCG_READ);
    if (args.from && args.to && args.to < args.from) throw AppError.badInput('to', 'The end date must be on or after the start date');
    const params: unknown[] = [args.panelId];
    const where = ['d.panel_id = $1'];
    if (args.ocgId) where.push(`d.ocg_id = $${params.push(args.ocgId)}`);
    if (args.from) where.push(`d.occurred_on >= $${params.push(args.from)}`);
    if (args.to) where.push(`d.occurred_on <= $${params.push(args.to)}`);
    const rows: (DisruptionRow & { total: number })[] = await this.dataSource.query(
      `SELECT ${DISRUPTION_COLUMNS}, count(*) OVER ()::int AS total FROM disruption d
        WHERE ${where.join(' AND ')}
        ORDER BY d.occurred_on DESC, d.created_at DESC, d.id
        LIMIT $${params.push(args.limit)} OFFSET $${params.push(args.offset)}`,
      params,
    );
    let totalCount = rows[0]?.total ?? 0;
    if (!rows.length && args.offset > 0) {
      const c: { n: number }[] = await this.dataSource.query(
        `SELECT count(*)::int AS n FROM disruption d WHERE ${where.join(' AND ')}`,
        params.slice(0, params.length - 2),
      );
      totalCount = c[0].n;
    }
    return { nodes: rows.map(toDisruptionObject), totalCount };
  }

  async get(ctx: RequestContext, id: string): Promise<DisruptionObject> {
    return toDisruptionObject(await this.findVisible(this.dataSource.manager, ctx, id));
  }

  /**
   * A disruption in a panel where the caller may read groups, or NOT_FOUND exactly as for one that does not
   * exist. With `lock`, the row is held until the transaction ends so two corrections queue.
   */
  async findVisible(m: EntityManager, ctx: RequestContext, id: string, lock = false): Promise<DisruptionRow> {
    const scope = this.access.scope(ctx, PERMISSIONS.OCG_READ);
    const rows: DisruptionRow[] = await m.query(
      `SELECT ${DISRUPTION_COLUMNS} FROM disruption d
        WHERE d.id = $1 AND ${scope.all ? 'TRUE' : 'd.panel_id = ANY($2)'}${lock ? ' FOR UPDATE' : ''}`,
      scope.all ? [id] : [id, scope.panelIds],
    );
    if (!rows[0]) throw AppError.notFound('Disruption');
    return rows[0];
  }
}
