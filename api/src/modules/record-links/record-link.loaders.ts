import type { NominalRole } from '@sentinel/shared';
import { defineLoader, groupBy } from '../../core/graphql/loaders.js';

export interface RoleLink {
  ocgId: string;
  nominalId: string;
  role: NominalRole;
}

const linkRows = (rows: { ocg_id: string; nominal_id: string; role: NominalRole }[]): RoleLink[] =>
  rows.map((r) => ({ ocgId: r.ocg_id, nominalId: r.nominal_id, role: r.role }));

/** Each OCG's nominals, principals first. */
export const NOMINAL_LINKS_BY_OCG = defineLoader<string, RoleLink[]>('nominalLinksByOcg', async (ds, ocgIds) => {
  const rows = await ds.query(
    `SELECT ocg_id, nominal_id, role FROM ocg_nominal WHERE ocg_id = ANY($1)
      ORDER BY array_position(ARRAY['PRINCIPAL','SIGNIFICANT','PERIPHERAL','ASSOCIATE'], role::text), added_at`,
    [ocgIds],
  );
  return groupBy(ocgIds, linkRows(rows), (r) => r.ocgId);
});

/** Each nominal's OCGs. */
export const OCG_LINKS_BY_NOMINAL = defineLoader<string, RoleLink[]>('ocgLinksByNominal', async (ds, nominalIds) => {
  const rows = await ds.query(`SELECT ocg_id, nominal_id, role FROM ocg_nominal WHERE nominal_id = ANY($1) ORDER BY added_at`, [nominalIds]);
  return groupBy(nominalIds, linkRows(rows), (r) => r.nominalId);
});

/**
 * Ids linked through a plain join table (ocg_vehicle, nominal_place, ...), keyed by either side. The table and
 * column names come from this file only, never from a request.
 */
function joinLoader(table: string, keyColumn: string, valueColumn: string) {
  return defineLoader<string, string[]>(`${table}:${keyColumn}`, async (ds, keys) => {
    const rows: { k: string; v: string }[] = await ds.query(
      `SELECT ${keyColumn} AS k, ${valueColumn} AS v FROM ${table} WHERE ${keyColumn} = ANY($1) ORDER BY added_at`,
      [keys],
    );
    return groupBy(keys, rows, (r) => r.k).map((group) => group.map((r) => r.v));
  });
}

export const VEHICLES_BY_OCG = joinLoader('ocg_vehicle', 'ocg_id', 'vehicle_id');
export const OCGS_BY_VEHICLE = joinLoader('ocg_vehicle', 'vehicle_id', 'ocg_id');
export const VEHICLES_BY_NOMINAL = joinLoader('nominal_vehicle', 'nominal_id', 'vehicle_id');
export const NOMINALS_BY_VEHICLE = joinLoader('nominal_vehicle', 'vehicle_id', 'nominal_id');
export const PLACES_BY_OCG = joinLoader('ocg_place', 'ocg_id', 'place_id');
export const OCGS_BY_PLACE = joinLoader('ocg_place', 'place_id', 'ocg_id');
export const PLACES_BY_NOMINAL = joinLoader('nominal_place', 'nominal_id', 'place_id');
export const NOMINALS_BY_PLACE = joinLoader('nominal_place', 'place_id', 'nominal_id');
