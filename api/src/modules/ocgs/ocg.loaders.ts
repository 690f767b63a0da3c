import { defineLoader, groupBy } from '../../core/graphql/loaders.js';
import { OcgScoreEntity } from './ocg-score.entity.js';

/** Each OCG's scores, newest first. */
export const SCORES_BY_OCG = defineLoader<string, OcgScoreEntity[]>('scoresByOcg', async (ds, ocgIds) => {
  const rows = await ds
    .getRepository(OcgScoreEntity)
    .createQueryBuilder('s')
    .where('s.ocg_id = ANY(:ids)', { ids: ocgIds })
    .orderBy('s.scored_at', 'DESC')
    .getMany();
  return groupBy(ocgIds, rows, (r) => r.ocgId);
});
