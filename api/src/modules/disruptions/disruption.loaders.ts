import { leanRead } from '../../core/database/prepared-query.js';
import { defineLoader, groupBy } from '../../core/graphql/loaders.js';
import type { DisruptionObject } from './disruption.object.js';
import { DISRUPTION_COLUMNS, toDisruptionObject, type DisruptionRow } from './disruption.rows.js';

export interface RecentByOcgKey {
  ocgId: string;
  limit: number;
}

/**
 * The latest disruptions of each OCG asked for, in one statement whatever the number of groups. Keys carry
 * their limit; one request normally asks with one limit, and a mixed batch reads the largest and trims.
 */
export const RECENT_DISRUPTIONS_BY_OCG = defineLoader<RecentByOcgKey, DisruptionObject[]>('disruptions:recentByOcg', async (ds, keys) => {
  const ocgIds = [...new Set(keys.map((k) => k.ocgId))];
  const limit = Math.max(...keys.map((k) => k.limit));
  const rows = await leanRead<DisruptionRow>(
    ds,
    `SELECT x.* FROM (
       SELECT ${DISRUPTION_COLUMNS}, row_number() OVER (PARTITION BY d.ocg_id ORDER BY d.occurred_on DESC, d.created_at DESC, d.id) AS rn
         FROM disruption d WHERE d.ocg_id = ANY(:ocgIds)) x
      WHERE x.rn <= :limit ORDER BY x.ocg_id, x.rn`,
    { ocgIds, limit },
  );
  const groups = groupBy(ocgIds, rows, (r) => r.ocg_id);
  const byOcg = new Map(ocgIds.map((id, i) => [id, groups[i]]));
  return keys.map((k) => (byOcg.get(k.ocgId) ?? []).slice(0, k.limit).map(toDisruptionObject));
});

/** The nominals named on each disruption. */
export const NOMINAL_IDS_BY_DISRUPTION = defineLoader<string, string[]>('disruptions:nominalIds', async (ds, disruptionIds) => {
  const rows = await leanRead<{ disruption_id: string; nominal_id: string }>(
    ds,
    `SELECT dn.disruption_id, dn.nominal_id FROM disruption_nominal dn JOIN nominal n ON n.id = dn.nominal_id
      WHERE dn.disruption_id = ANY(:disruptionIds) ORDER BY n.reference`,
    { disruptionIds: [...disruptionIds] },
  );
  return groupBy(disruptionIds, rows, (r) => r.disruption_id).map((g) => g.map((r) => r.nominal_id));
});
