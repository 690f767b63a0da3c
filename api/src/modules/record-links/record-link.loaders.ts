import type { NominalRole } from '@sentinel/shared';
import { leanLinked, leanRead } from '../../core/database/prepared-query.js';
import { defineLoader, groupBy } from '../../core/graphql/loaders.js';
import { NominalEntity } from '../nominals/nominal.entity.js';
import { PRESENTED_NOMINAL, type PresentedNominal } from '../nominals/nominal-presenter.js';
import { VehicleEntity } from '../vehicles/vehicle.entity.js';

export interface RoleLink {
  ocgId: string;
  nominalId: string;
  role: NominalRole;
}

interface LinkRow {
  ocg_id: string;
  nominal_id: string;
  role: NominalRole;
}

const linkRows = (rows: LinkRow[]): RoleLink[] => rows.map((r) => ({ ocgId: r.ocg_id, nominalId: r.nominal_id, role: r.role }));

/** Each OCG's nominals with their roles, principals first: the links and the nominals in one statement. */
export const NOMINAL_MEMBERS_BY_OCG = defineLoader<string, { role: NominalRole; nominal: PresentedNominal }[]>(
  'nominalMembersByOcg',
  async (ds, ocgIds) => {
    const rows = await leanLinked(ds, NominalEntity, {
      link: { table: 'ocg_nominal', key: 'ocg_id', value: 'nominal_id' },
      keys: ocgIds,
      carry: ['role'],
      pick: PRESENTED_NOMINAL,
      orderBy: `array_position(ARRAY['PRINCIPAL','SIGNIFICANT','PERIPHERAL','ASSOCIATE'], l.role::text), l.added_at`,
    });
    return groupBy(ocgIds, rows, (r) => r.key).map((group) => group.map((r) => ({ role: r.carried.role as NominalRole, nominal: r.entity })));
  },
);

/** Each OCG's vehicles: the links and the vehicles in one statement. */
export const VEHICLE_RECORDS_BY_OCG = defineLoader<string, VehicleEntity[]>('vehicleRecordsByOcg', async (ds, ocgIds) => {
  const rows = await leanLinked(ds, VehicleEntity, {
    link: { table: 'ocg_vehicle', key: 'ocg_id', value: 'vehicle_id' },
    keys: ocgIds,
    orderBy: 'l.added_at',
  });
  return groupBy(ocgIds, rows, (r) => r.key).map((group) => group.map((r) => r.entity));
});

/** Each nominal's OCGs. */
export const OCG_LINKS_BY_NOMINAL = defineLoader<string, RoleLink[]>('ocgLinksByNominal', async (ds, nominalIds) => {
  const rows = await leanRead<LinkRow>(ds, `SELECT ocg_id, nominal_id, role FROM ocg_nominal WHERE nominal_id = ANY(:nominalIds) ORDER BY added_at`, {
    nominalIds,
  });
  return groupBy(nominalIds, linkRows(rows), (r) => r.nominalId);
});

/**
 * Ids linked through a plain join table (ocg_vehicle, nominal_place, ...), keyed by either side. The table and
 * column names come from this file only, never from a request.
 */
function joinLoader(table: string, keyColumn: string, valueColumn: string) {
  return defineLoader<string, string[]>(`${table}:${keyColumn}`, async (ds, keys) => {
    const rows = await leanRead<{ k: string; v: string }>(
      ds,
      `SELECT ${keyColumn} AS k, ${valueColumn} AS v FROM ${table} WHERE ${keyColumn} = ANY(:keys) ORDER BY added_at`,
      { keys },
    );
    return groupBy(keys, rows, (r) => r.k).map((group) => group.map((r) => r.v));
  });
}

export const OCGS_BY_VEHICLE = joinLoader('ocg_vehicle', 'vehicle_id', 'ocg_id');
export const VEHICLES_BY_NOMINAL = joinLoader('nominal_vehicle', 'nominal_id', 'vehicle_id');
export const NOMINALS_BY_VEHICLE = joinLoader('nominal_vehicle', 'vehicle_id', 'nominal_id');
export const PLACES_BY_OCG = joinLoader('ocg_place', 'ocg_id', 'place_id');
export const OCGS_BY_PLACE = joinLoader('ocg_place', 'place_id', 'ocg_id');
export const PLACES_BY_NOMINAL = joinLoader('nominal_place', 'nominal_id', 'place_id');
export const NOMINALS_BY_PLACE = joinLoader('nominal_place', 'place_id', 'nominal_id');
