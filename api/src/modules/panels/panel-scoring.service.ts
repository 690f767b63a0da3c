import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { PERMISSIONS, scoringProblems, type TierRule } from '@sentinel/shared';
import { AccessService } from '../../core/access/access.service.js';
import type { RequestContext } from '../../core/access/request-context.js';
import { AuditService } from '../../core/audit/audit.service.js';
import { AppError } from '../../core/errors/app-error.js';
import { PanelEntity } from './panel.entity.js';
import type { UpdatePanelScoringInput } from './panel.inputs.js';
import type { UpdatePanelScoringResultObject } from './panel.object.js';
import { toPanelObject } from './panels.service.js';

/**
 * A panel's scoring settings. A new scale applies to scores given from then on; new tiers apply at once to every
 * scored group, from its current total. The score history keeps the scale and tier each score was given under.
 */
@Injectable()
export class PanelScoringService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  async update(ctx: RequestContext, input: UpdatePanelScoringInput): Promise<UpdatePanelScoringResultObject> {
    this.access.requirePanel(ctx, input.panelId, PERMISSIONS.PANEL_CONFIGURE);
    const tiers: TierRule[] = input.tiers.map((t) => ({ name: t.name.trim(), minTotal: t.minTotal }));
    const [problem] = scoringProblems(input.scaleMax, tiers);
    if (problem) throw AppError.badInput(problem.field, problem.message);

    return this.dataSource.transaction(async (m) => {
      const before = await m.getRepository(PanelEntity).findOneBy({ id: input.panelId });
      if (!before) throw AppError.notFound('Panel');
      const result = await m
        .createQueryBuilder()
        .update(PanelEntity)
        .set({ scoreScaleMax: input.scaleMax, tiers, version: () => 'version + 1', updatedAt: () => 'now()' })
        .where('id = :id AND version = :version', { id: input.panelId, version: input.version })
        .execute();
      if (result.affected !== 1) {
        throw AppError.conflict('The panel’s scoring', await this.audit.changedSince(m, 'Panel', input.panelId, input.version), 'Panel');
      }
      const retieredGroupCount = await this.retier(m, ctx, input.panelId, tiers);
      const after = await m.getRepository(PanelEntity).findOneByOrFail({ id: input.panelId });
      await this.audit.recordChange(m, ctx, {
        panelId: after.id,
        entityType: 'Panel',
        entityId: after.id,
        action: 'UPDATE',
        before: audited(before),
        after: audited(after),
      });
      return { panel: toPanelObject(after), retieredGroupCount };
    });
  }

  /**
   * Gives every scored group of the panel the tier its current total falls in, in one statement, and writes an
   * audit row for each group whose tier changed. Every group row of the panel is updated (not only those whose
   * tier changes) so that a group being scored at the same moment is waited for and re-tiered from its new total.
   * Answers how many groups changed tier.
   */
  private async retier(m: EntityManager, ctx: RequestContext, panelId: string, tiers: TierRule[]): Promise<number> {
    const [row]: { n: number }[] = await m.query(
      `WITH rules AS (SELECT * FROM unnest($2::text[], $3::int[]) AS r(name, min_total)),
            before AS (SELECT id, tier FROM ocg WHERE panel_id = $1),
            retiered AS (
              UPDATE ocg o SET tier = CASE WHEN o.score_total IS NULL THEN NULL ELSE
                  (SELECT r.name FROM rules r WHERE r.min_total <= o.score_total ORDER BY r.min_total DESC LIMIT 1) END
               WHERE o.panel_id = $1
           RETURNING o.id, o.tier),
            changed AS (
              SELECT r.id, b.tier AS was, r.tier AS now FROM retiered r JOIN before b USING (id)
               WHERE r.tier IS DISTINCT FROM b.tier),
            audited AS (
              INSERT INTO audit_event (actor_user_id, actor_agency_id, panel_id, entity_type, entity_id, action, changes)
              SELECT $4, $5, $1, 'Ocg', c.id::text, 'UPDATE', jsonb_build_object('tier', jsonb_build_array(c.was, c.now))
                FROM changed c)
       SELECT count(*)::int AS n FROM changed`,
      [panelId, tiers.map((t) => t.name), tiers.map((t) => t.minTotal), ctx.viewer?.userId ?? null, ctx.viewer?.agencyId ?? null],
    );
    return row.n;
  }
}

function audited(p: PanelEntity): Record<string, unknown> {
  return { scaleMax: p.scoreScaleMax, tiers: p.tiers, version: p.version };
}
