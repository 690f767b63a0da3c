import { leanEntities } from '../../core/database/prepared-query.js';
import { defineLoader, groupBy } from '../../core/graphql/loaders.js';
import { OcgScoreEntity } from './ocg-score.entity.js';

/** Each OCG's scores, newest first. */
export const SCORES_BY_OCG = defineLoader<string, OcgScoreEntity[]>('scoresByOcg', async (ds, ocgIds) => {
  const rows = await leanEntities(ds, OcgScoreEntity, {
    where: 'e.ocg_id = ANY(:ids)',
    params: { ids: [...ocgIds] },
    rest: 'ORDER BY e.scored_at DESC',
  });
  return groupBy(ocgIds, rows, (r) => r.ocgId);
});
