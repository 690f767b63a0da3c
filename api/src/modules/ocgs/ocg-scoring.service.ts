import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PERMISSIONS, SCORE_PARTS, scoreTotal, tierFor } from '@sentinel/shared';
import { AccessService } from '../../core/access/access.service.js';
import type { RequestContext } from '../../core/access/request-context.js';
import { AuditService } from '../../core/audit/audit.service.js';
import { AppError } from '../../core/errors/app-error.js';
import { PanelEntity } from '../panels/panel.entity.js';
import type { ScoreOcgInput } from './ocg.inputs.js';
import { OcgScoreEntity } from './ocg-score.entity.js';
import { OcgEntity } from './ocg.entity.js';
import type { OcgObject } from './ocg.object.js';
import { OcgsService, toOcgObject } from './ocgs.service.js';

/** Rescoring a group: each score is kept, and the group carries its latest total and tier for lists. */
@Injectable()
export class OcgScoringService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly ocgs: OcgsService,
  ) {}

  async score(ctx: RequestContext, input: ScoreOcgInput): Promise<OcgObject> {
    return this.dataSource.transaction(async (m) => {
      const ocg = await this.ocgs.findVisible(m, ctx, input.ocgId, true);
      const viewer = this.access.requireInPanel(ctx, ocg.panelId, PERMISSIONS.OCG_WRITE);
      const panel = await m.getRepository(PanelEntity).findOneByOrFail({ id: ocg.panelId });
      for (const part of SCORE_PARTS) {
        if (input.parts[part] > panel.scoreScaleMax) {
          throw AppError.badInput(`parts.${part}`, `Score each part from 1 to ${panel.scoreScaleMax}, the panel’s scale`);
        }
      }
      const total = scoreTotal(input.parts);
      const tier = tierFor(total, panel.tiers);
      const score = await m.getRepository(OcgScoreEntity).save(
        m.create(OcgScoreEntity, {
          ocgId: ocg.id,
          panelId: ocg.panelId,
          ...input.parts,
          confidence: input.confidence,
          scaleMax: panel.scoreScaleMax,
          total,
          tier,
          rationale: input.rationale?.trim() || null,
          scoredBy: viewer.userId,
        }),
      );
      await m.query(`UPDATE ocg SET score_total = $2, tier = $3, scored_at = $4, version = version + 1, updated_at = now() WHERE id = $1`, [
        ocg.id,
        total,
        tier,
        score.scoredAt,
      ]);
      await this.audit.recordChange(m, ctx, {
        panelId: ocg.panelId,
        entityType: 'Ocg',
        entityId: ocg.id,
        action: 'UPDATE',
        before: { scoreTotal: ocg.scoreTotal, tier: ocg.tier, version: ocg.version },
        after: { scoreTotal: total, tier, version: ocg.version + 1 },
      });
      return toOcgObject(await m.getRepository(OcgEntity).findOneByOrFail({ id: ocg.id }));
    });
  }
}
