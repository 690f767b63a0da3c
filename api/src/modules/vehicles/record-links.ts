import type { EntityManager } from 'typeorm';
import { PERMISSIONS } from '@sentinel/shared';
import type { AccessService } from '../../core/access/access.service.js';
import type { RequestContext } from '../../core/access/request-context.js';
import type { AuditService } from '../../core/audit/audit.service.js';
import { AppError } from '../../core/errors/app-error.js';

export type LinkedKind = 'vehicle' | 'place';

/**
 * Links (or unlinks) a vehicle or place to a group or a nominal of the same panel, writing the audit row on
 * the group or nominal so its history shows what was attached. Table names come from this file only.
 */
export async function setLink(
  m: EntityManager,
  ctx: RequestContext,
  deps: { access: AccessService; audit: AuditService },
  kind: LinkedKind,
  record: { id: string; panelId: string; label: string },
  target: { ocgId?: string | null; nominalId?: string | null },
  linked: boolean,
): Promise<void> {
  if (Boolean(target.ocgId) === Boolean(target.nominalId)) {
    throw AppError.badInput('ocgId', 'Choose a group or a nominal to link to, not both');
  }
  const owner = target.ocgId ? 'ocg' : 'nominal';
  const ownerId = (target.ocgId ?? target.nominalId) as string;
  const found: { panel_id: string }[] = await m.query(`SELECT panel_id FROM ${owner} WHERE id = $1`, [ownerId]);
  if (!found.length || found[0].panel_id !== record.panelId) throw AppError.notFound(owner === 'ocg' ? 'Group' : 'Nominal');
  deps.access.requireInPanel(ctx, record.panelId, PERMISSIONS.OCG_WRITE);
  const table = `${owner}_${kind}`;
  // TypeORM answers an INSERT with its rows and a DELETE with [rows, affected count].
  const changed = linked
    ? (await m.query(`INSERT INTO ${table} (${owner}_id, ${kind}_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING 1`, [ownerId, record.id]))
        .length > 0
    : (await m.query(`DELETE FROM ${table} WHERE ${owner}_id = $1 AND ${kind}_id = $2`, [ownerId, record.id]))[1] > 0;
  if (!changed) return;
  await deps.audit.recordChange(m, ctx, {
    panelId: record.panelId,
    entityType: owner === 'ocg' ? 'Ocg' : 'Nominal',
    entityId: ownerId,
    action: 'UPDATE',
    before: { [`${kind} ${record.label}`]: linked ? null : 'linked' },
    after: { [`${kind} ${record.label}`]: linked ? 'linked' : null },
  });
}
