import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccessService } from '../../core/access/access.service.js';
import type { RequestContext } from '../../core/access/request-context.js';
import { AuditService } from '../../core/audit/audit.service.js';

/** The signed-in person's own choice to receive reminder and digest mail. */
@Injectable()
export class ReminderPreferenceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  async set(ctx: RequestContext, enabled: boolean): Promise<boolean> {
    const viewer = this.access.requireViewer(ctx);
    await this.dataSource.transaction(async (m) => {
      const [before]: { reminders_enabled: boolean; version: number }[] = await m.query(
        `SELECT reminders_enabled, version FROM app_user WHERE id = $1 FOR UPDATE`,
        [viewer.userId],
      );
      if (before.reminders_enabled === enabled) return;
      await m.query(`UPDATE app_user SET reminders_enabled = $2, version = version + 1, updated_at = now() WHERE id = $1`, [viewer.userId, enabled]);
      await this.audit.recordChange(m, ctx, {
        panelId: null,
        entityType: 'User',
        entityId: viewer.userId,
        action: 'UPDATE',
        before: { remindersEnabled: before.reminders_enabled, version: before.version },
        after: { remindersEnabled: enabled, version: before.version + 1 },
      });
    });
    // The request's loader may hold the row as it was; `Viewer.remindersEnabled` must answer the new value.
    ctx.loaders.user.clear(viewer.userId);
    return enabled;
  }
}
