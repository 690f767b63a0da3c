import { leanRead } from '../../core/database/prepared-query.js';
import { defineLoader, groupBy } from '../../core/graphql/loaders.js';
import type { IntelligenceEntryObject } from './intelligence.object.js';
import { handlingCondition, INTELLIGENCE_COLUMNS, toIntelligenceObject, type HandlingViewer, type IntelligenceRow } from './intelligence.rows.js';

export interface RecentByOcgKey {
  ocgId: string;
  /** The group's panel, so the statement can use the (panel, subject) index. */
  panelId: string;
  limit: number;
  /** Every key of one request comes from the same viewer (loaders live for one request). */
  viewer: HandlingViewer;
}

/** The latest entries about each OCG that the viewer may see, in one statement whatever the number of groups. */
export const RECENT_INTELLIGENCE_BY_OCG = defineLoader<RecentByOcgKey, IntelligenceEntryObject[]>('intelligence:recentByOcg', async (ds, keys) => {
  const ocgIds = [...new Set(keys.map((k) => k.ocgId))];
  const limit = Math.max(...keys.map((k) => k.limit));
  const rows = await leanRead<IntelligenceRow>(
    ds,
    `SELECT x.* FROM (
       SELECT ${INTELLIGENCE_COLUMNS},
              row_number() OVER (PARTITION BY i.subject_id ORDER BY i.recorded_on DESC, i.created_at DESC, i.id) AS rn
         FROM intelligence i
        WHERE i.panel_id = ANY(:panelIds) AND i.subject_kind = 'OCG' AND i.subject_id = ANY(:ocgIds) AND ${handlingCondition(keys[0].viewer, ':agencyId')}) x
      WHERE x.rn <= :limit ORDER BY x.subject_id, x.rn`,
    { ocgIds, limit, agencyId: keys[0].viewer.agencyId, panelIds: [...new Set(keys.map((k) => k.panelId))] },
  );
  const groups = groupBy(ocgIds, rows, (r) => r.subject_id);
  const byOcg = new Map(ocgIds.map((id, i) => [id, groups[i]]));
  return keys.map((k) => (byOcg.get(k.ocgId) ?? []).slice(0, k.limit).map(toIntelligenceObject));
});

/** The agencies a handling code C entry was shared with. */
export const RECIPIENT_IDS_BY_INTELLIGENCE = defineLoader<string, string[]>('intelligence:recipientIds', async (ds, ids) => {
  const rows = await leanRead<{ intelligence_id: string; agency_id: string }>(
    ds,
    `SELECT ir.intelligence_id, ir.agency_id FROM intelligence_recipient ir JOIN agency a ON a.id = ir.agency_id
      WHERE ir.intelligence_id = ANY(:ids) ORDER BY lower(a.name)`,
    { ids: [...ids] },
  );
  return groupBy(ids, rows, (r) => r.intelligence_id).map((g) => g.map((r) => r.agency_id));
});
