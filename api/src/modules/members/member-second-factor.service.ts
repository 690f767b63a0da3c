import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { canManageRole, memberManager, PERMISSIONS, type PanelRole } from '@sentinel/shared';
import { AccessService } from '../../core/access/access.service.js';
import type { RequestContext } from '../../core/access/request-context.js';
import { AuditService } from '../../core/audit/audit.service.js';
import { SessionService } from '../../core/auth/session.service.js';
import { runAsSystem } from '../../core/database/panel-scope.js';
import { AppError } from '../../core/errors/app-error.js';
import type { ResetMemberSecondFactorInput } from './member-second-factor.input.js';

const CHAIR_ACCESS_REFUSED = "Only a panel's chair or a system administrator can reset the second factor of someone who chairs a panel";

/**
 * A chair resets a member's second factor (a lost phone): the app and recovery codes are deleted and the person's
 * sessions end, so they set up a new app when they next sign in. The rules are those of disabling a member.
 */
@Injectable()
export class MemberSecondFactorService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly sessions: SessionService,
  ) {}

  async reset(ctx: RequestContext, input: ResetMemberSecondFactorInput): Promise<boolean> {
    await this.dataSource.transaction(async (m) => {
      const scope = this.access.scope(ctx, PERMISSIONS.MEMBER_READ);
      const rows: { id: string; panel_id: string; user_id: string }[] = await m.query(
        `SELECT m.id, m.panel_id, m.user_id FROM membership m WHERE m.id = $1 AND ${scope.all ? 'TRUE' : 'm.panel_id = ANY($2)'} FOR UPDATE`,
        scope.all ? [input.id] : [input.id, scope.panelIds],
      );
      const member = rows[0];
      if (!member) throw AppError.notFound('Member');
      const viewer = this.access.requireInPanel(ctx, member.panel_id, PERMISSIONS.SECOND_FACTOR_RESET);
      if (member.user_id === viewer.userId) {
        throw AppError.badInput('id', 'You cannot reset your own second factor: set up a new app from Your account');
      }
      // An account's second factor serves every panel the person sits on, so each of their roles has a say.
      const roles: { role: PanelRole }[] = await runAsSystem(() => m.query(`SELECT role FROM membership WHERE user_id = $1`, [member.user_id]));
      const actor = memberManager(viewer.isAdmin, viewer.memberships.find((x) => x.panelId === member.panel_id)?.role);
      if (roles.some((r) => !canManageRole(actor, r.role))) throw AppError.forbidden(CHAIR_ACCESS_REFUSED);
      const [factor]: { enrolled: boolean }[] = await m.query(
        `SELECT enrolled_at IS NOT NULL AS enrolled FROM user_second_factor WHERE user_id = $1 FOR UPDATE`,
        [member.user_id],
      );
      await m.query(`DELETE FROM second_factor_recovery_code WHERE user_id = $1`, [member.user_id]);
      await m.query(`DELETE FROM user_second_factor WHERE user_id = $1`, [member.user_id]);
      await this.sessions.endAllForUser(m, member.user_id, 'SECOND_FACTOR_RESET');
      await this.audit.recordChange(m, ctx, {
        panelId: member.panel_id,
        entityType: 'SecondFactor',
        entityId: member.user_id,
        action: 'DELETE',
        before: { enrolled: Boolean(factor?.enrolled) },
        after: { enrolled: false, reset: true },
      });
    });
    return true;
  }
}
