import type { EntityManager } from 'typeorm';
import { formatReference } from '@sentinel/shared';

const COUNTERS = { OCG: 'next_ocg_number', N: 'next_nominal_number', R: 'next_referral_number', A: 'next_task_number' } as const;

/**
 * The next per-panel reference (OCG-0042, N-0007, R-0003, A-0137). The counter row is locked by the update, so two
 * records created at once get different numbers; inside the caller's transaction, a rollback returns it.
 */
export async function nextReference(m: EntityManager, panelId: string, prefix: keyof typeof COUNTERS): Promise<string> {
  const column = COUNTERS[prefix];
  // TypeORM answers an UPDATE with [rows, affected count].
  const [rows]: [{ n: number }[], number] = await m.query(`UPDATE panel SET ${column} = ${column} + 1 WHERE id = $1 RETURNING ${column} - 1 AS n`, [
    panelId,
  ]);
  if (!rows?.[0]) throw new Error('panel not found for a reference');
  return formatReference(prefix, rows[0].n);
}
