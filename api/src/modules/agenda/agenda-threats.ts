import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../../core/access/request-context.js';
import { AuditEventEntity } from '../../core/audit/audit-event.entity.js';

/**
 * Emerging threats move RAISED → ON_AGENDA when an agenda takes them, and back when it lets them go (item
 * removed, agenda rebuilt), so the next agenda picks them up. One statement each way, audited in bulk.
 * `records` is SQL selecting the threat ids concerned, with its parameters from $2.
 */
export async function moveThreats(
  m: EntityManager,
  ctx: RequestContext,
  panelId: string,
  from: 'RAISED' | 'ON_AGENDA',
  to: 'RAISED' | 'ON_AGENDA',
  records: string,
  params: unknown[],
): Promise<void> {
  // For an UPDATE, TypeORM's query() answers [rows, affected].
  const [rows]: [{ id: string; version: number }[], number] = await m.query(
    `UPDATE emerging_threat SET status = '${to}', version = version + 1, updated_at = now()
      WHERE status = $1 AND id IN (${records}) RETURNING id, version`,
    [from, ...params],
  );
  if (!rows.length) return;
  await m.insert(
    AuditEventEntity,
    rows.map((r) => ({
      actorUserId: ctx.viewer?.userId ?? null,
      actorAgencyId: ctx.viewer?.agencyId ?? null,
      panelId,
      entityType: 'EmergingThreat',
      entityId: r.id,
      action: 'UPDATE' as const,
      changes: { status: [from, to], version: [r.version - 1, r.version] } as never,
    })),
  );
}
