import { defineLoader, groupBy } from '../../core/graphql/loaders.js';
import { AgencyEntity } from '../agencies/agency.entity.js';
import { OcgObjectiveEntity } from './ocg-objective.entity.js';

/** Each OCG's objectives, by strand in 4P order, then oldest first. */
export const OBJECTIVES_BY_OCG = defineLoader<string, OcgObjectiveEntity[]>('plans:objectivesByOcg', async (ds, ocgIds) => {
  const rows = await ds
    .getRepository(OcgObjectiveEntity)
    .createQueryBuilder('o')
    .where('o.ocg_id = ANY(:ids)', { ids: ocgIds })
    .orderBy(`array_position(ARRAY['PURSUE','PREVENT','PROTECT','PREPARE']::varchar[], o.strand)`)
    .addOrderBy('o.created_at')
    .addOrderBy('o.id')
    .getMany();
  return groupBy(ocgIds, rows, (r) => r.ocgId);
});

/** Each panel's agencies that hold powers under at least one heading, by name. */
export const TACTIC_AGENCIES_BY_PANEL = defineLoader<string, AgencyEntity[]>('plans:tacticAgenciesByPanel', async (ds, panelIds) => {
  const rows = await ds
    .getRepository(AgencyEntity)
    .createQueryBuilder('a')
    .where('a.panel_id = ANY(:ids)', { ids: panelIds })
    .andWhere(`cardinality(a.tactic_headings) > 0`)
    .orderBy('lower(a.name)')
    .getMany();
  return groupBy(panelIds, rows, (r) => r.panelId);
});
