import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { formatReference, PERMISSIONS, type ReferralStatus } from '@sentinel/shared';
import { AccessService } from '../../core/access/access.service.js';
import type { RequestContext, Viewer } from '../../core/access/request-context.js';
import { AuditService } from '../../core/audit/audit.service.js';
import { AppError } from '../../core/errors/app-error.js';
import type { AcceptReferralInput, DeclineReferralInput, ReferralVersionInput } from './referral.inputs.js';
import type { ReferralObject } from './referral.object.js';
import { presentReferral, REFERRAL_COLUMNS, type ReferralRow } from './referral.presenter.js';
import { ReferralsService } from './referrals.service.js';

/** The assessment workflow: RECEIVED -> UNDER_ASSESSMENT -> ACCEPTED (linked to a group) or DECLINED (with a reason). */
@Injectable()
export class ReferralDecisionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly referrals: ReferralsService,
  ) {}

  startAssessment(ctx: RequestContext, input: ReferralVersionInput): Promise<ReferralObject> {
    return this.decide(ctx, input, 'RECEIVED', async () => ({ status: 'UNDER_ASSESSMENT', ocgId: null, declineReason: null }));
  }

  accept(ctx: RequestContext, input: AcceptReferralInput): Promise<ReferralObject> {
    const newName = input.newOcgName?.trim() || null;
    if (Boolean(input.ocgId) === Boolean(newName)) {
      throw AppError.badInput('ocgId', 'Choose the existing group to link the referral to, or name a new group: one or the other');
    }
    if (newName && newName.length < 2) throw AppError.badInput('newOcgName', 'Enter the new group’s name or operation name');
    return this.decide(ctx, input, 'UNDER_ASSESSMENT', async (m, viewer, current) => {
      const ocgId = newName ? await this.createOcg(m, ctx, viewer, current, newName) : await this.existingOcg(m, current, input.ocgId!);
      return { status: 'ACCEPTED', ocgId, declineReason: null };
    });
  }

  decline(ctx: RequestContext, input: DeclineReferralInput): Promise<ReferralObject> {
    const reason = input.reason.trim();
    if (!reason) throw AppError.badInput('reason', 'Give the reason for declining the referral');
    return this.decide(ctx, input, 'UNDER_ASSESSMENT', async () => ({ status: 'DECLINED', ocgId: null, declineReason: reason }));
  }

  private async decide(
    ctx: RequestContext,
    input: ReferralVersionInput,
    from: ReferralStatus,
    outcome: (
      m: EntityManager,
      viewer: Viewer,
      current: ReferralRow,
    ) => Promise<{ status: ReferralStatus; ocgId: string | null; declineReason: string | null }>,
  ): Promise<ReferralObject> {
    return this.dataSource.transaction(async (m) => {
      const current = await this.referrals.findVisible(m, ctx, input.id, true);
      const viewer = this.access.requireInPanel(ctx, current.panel_id, PERMISSIONS.REFERRAL_ASSESS);
      if (current.version !== input.version) {
        throw AppError.conflict('This referral', await this.audit.changedSince(m, 'Referral', current.id, input.version), 'Referral');
      }
      if (current.status !== from) {
        const message =
          from === 'RECEIVED'
            ? 'This referral is already being assessed or has been decided'
            : 'Start the assessment before deciding, and decide a referral only once';
        throw AppError.badInput('status', message);
      }
      const next = await outcome(m, viewer, current);
      const decided = next.status === 'ACCEPTED' || next.status === 'DECLINED';
      const [[after]]: [ReferralRow[], number] = await m.query(
        `UPDATE referral AS r SET status = $2, ocg_id = $3, decline_reason = $4,
                decided_by = ${decided ? '$5::uuid' : 'NULL'}, decided_at = ${decided ? 'now()' : 'NULL'},
                version = version + 1, updated_at = now()
          WHERE r.id = $1 RETURNING ${REFERRAL_COLUMNS}`,
        decided
          ? [current.id, next.status, next.ocgId, next.declineReason, viewer.userId]
          : [current.id, next.status, next.ocgId, next.declineReason],
      );
      await this.audit.recordChange(m, ctx, {
        panelId: current.panel_id,
        entityType: 'Referral',
        entityId: current.id,
        action: 'UPDATE',
        before: { status: current.status, ocgId: current.ocg_id, declineReason: current.decline_reason, version: current.version },
        after: { status: after.status, ocgId: after.ocg_id, declineReason: after.decline_reason, version: after.version },
      });
      return presentReferral(ctx, this.access, after);
    });
  }

  private async existingOcg(m: EntityManager, current: ReferralRow, ocgId: string): Promise<string> {
    const found: unknown[] = await m.query(`SELECT 1 FROM ocg WHERE id = $1 AND panel_id = $2`, [ocgId, current.panel_id]);
    if (!found.length) throw AppError.badInput('ocgId', 'Select a group on this panel');
    return ocgId;
  }

  /** A new, emerging group named by the assessor, created in the same transaction as the decision. */
  private async createOcg(m: EntityManager, ctx: RequestContext, viewer: Viewer, current: ReferralRow, name: string): Promise<string> {
    // TypeORM answers an UPDATE ... RETURNING as [rows, affected count].
    const [[counter]]: [{ n: number }[], number] = await m.query(
      `UPDATE panel SET next_ocg_number = next_ocg_number + 1 WHERE id = $1 RETURNING next_ocg_number - 1 AS n`,
      [current.panel_id],
    );
    const reference = formatReference('OCG', counter.n);
    const [ocg]: { id: string }[] = await m.query(
      `INSERT INTO ocg (panel_id, reference, name, status, created_by) VALUES ($1, $2, $3, 'EMERGING', $4) RETURNING id`,
      [current.panel_id, reference, name, viewer.userId],
    );
    await this.audit.recordChange(m, ctx, {
      panelId: current.panel_id,
      entityType: 'Ocg',
      entityId: ocg.id,
      action: 'CREATE',
      after: { reference, name, status: 'EMERGING', fromReferral: current.reference },
    });
    return ocg.id;
  }
}
