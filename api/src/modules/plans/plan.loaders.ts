import { leanEntities } from '../../core/database/prepared-query.js';
import { defineLoader, groupBy } from '../../core/graphql/loaders.js';
import { AgencyEntity } from '../agencies/agency.entity.js';
import { OcgObjectiveEntity } from './ocg-objective.entity.js';

/** Each OCG's objectives, by strand in 4P order, then oldest first. */
export const OBJECTIVES_BY_OCG = defineLoader<string, OcgObjectiveEntity[]>('plans:objectivesByOcg', async (ds, ocgIds) => {
  const rows = await leanEntities(ds, OcgObjectiveEntity, {
    where: 'e.ocg_id = ANY(:ids)',
    params: { ids: [...ocgIds] },
    rest: `ORDER BY array_position(ARRAY['PURSUE','PREVENT','PROTECT','PREPARE']::varchar[], e.strand), e.created_at, e.id`,
  });
  return groupBy(ocgIds, rows, (r) => r.ocgId);
});

/** Each panel's agencies that hold powers under at least one heading, by name. */
export const TACTIC_AGENCIES_BY_PANEL = defineLoader<string, AgencyEntity[]>('plans:tacticAgenciesByPanel', async (ds, panelIds) => {
  const rows = await leanEntities(ds, AgencyEntity, {
    where: 'e.panel_id = ANY(:ids) AND cardinality(e.tactic_headings) > 0',
    params: { ids: [...panelIds] },
    rest: 'ORDER BY lower(e.name)',
  });
  return groupBy(panelIds, rows, (r) => r.panelId);
});
