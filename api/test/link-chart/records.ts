import type { DataSource } from 'typeorm';
import { TEST_PASSWORD_HASH, type PanelFixture } from '../support/fixtures.js';

let counter = 0;
const next = () => {
  counter += 1;
  return `${process.pid % 1000}-${counter}`;
};

/** Records written straight to the database, for the read-only views (charts, map, assessment). */
export async function addGroup(
  ds: DataSource,
  panelId: string,
  opts: { name?: string; status?: string; areas?: string[]; crimeTypes?: string[]; score?: number | null; tier?: string | null } = {},
): Promise<string> {
  const ref = `OCG-T${next()}`;
  const [row] = await ds.query(
    `INSERT INTO ocg (panel_id, reference, name, status, areas, crime_types, score_total, tier, date_mapped)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, current_date - 30) RETURNING id`,
    [
      panelId,
      ref,
      opts.name ?? `Group ${ref}`,
      opts.status ?? 'ACTIVE',
      opts.areas ?? [],
      opts.crimeTypes ?? ['DRUGS_SUPPLY'],
      opts.score ?? null,
      opts.tier ?? null,
    ],
  );
  return row.id;
}

export async function addNominal(ds: DataSource, panelId: string, surname: string, groups: [string, string][] = []): Promise<string> {
  const [row] = await ds.query(`INSERT INTO nominal (panel_id, reference, surname, forenames) VALUES ($1, $2, $3, 'Alex') RETURNING id`, [
    panelId,
    `N-T${next()}`,
    surname,
  ]);
  for (const [ocgId, role] of groups) await ds.query(`INSERT INTO ocg_nominal (ocg_id, nominal_id, role) VALUES ($1, $2, $3)`, [ocgId, row.id, role]);
  return row.id;
}

export async function addVehicle(ds: DataSource, panelId: string, ocgId: string, nominalId?: string): Promise<string> {
  const vrm = `T${next()}`.replace(/-/g, '');
  const [row] = await ds.query(`INSERT INTO vehicle (panel_id, registration, vrm, vrm_folded, make) VALUES ($1, $2, $2, $2, 'Ford') RETURNING id`, [
    panelId,
    vrm,
  ]);
  await ds.query(`INSERT INTO ocg_vehicle (ocg_id, vehicle_id) VALUES ($1, $2)`, [ocgId, row.id]);
  if (nominalId) await ds.query(`INSERT INTO nominal_vehicle (nominal_id, vehicle_id) VALUES ($1, $2)`, [nominalId, row.id]);
  return row.id;
}

export async function addPlace(
  ds: DataSource,
  panelId: string,
  opts: { label: string; kind?: string; area?: string; highHarm?: boolean; ocgId?: string; nominalId?: string; lat?: number; lng?: number },
): Promise<string> {
  const [row] = await ds.query(
    `INSERT INTO place (panel_id, label, kind, area, high_harm, latitude, longitude) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [panelId, opts.label, opts.kind ?? 'PREMISES', opts.area ?? null, opts.highHarm ?? false, opts.lat ?? null, opts.lng ?? null],
  );
  if (opts.ocgId) await ds.query(`INSERT INTO ocg_place (ocg_id, place_id) VALUES ($1, $2)`, [opts.ocgId, row.id]);
  if (opts.nominalId) await ds.query(`INSERT INTO nominal_place (nominal_id, place_id) VALUES ($1, $2)`, [opts.nominalId, row.id]);
  return row.id;
}

export async function addDisruption(
  ds: DataSource,
  panelId: string,
  ocgId: string,
  agencyId: string,
  occurredOn: string,
  impact = 'MAJOR',
  arrests = 0,
): Promise<void> {
  await ds.query(
    `INSERT INTO disruption (panel_id, ocg_id, occurred_on, agency_id, strand, tactic_heading, description, impact, rationale, arrests)
     VALUES ($1, $2, $3, $4, 'PURSUE', 'CRIME', 'Warrant executed', $5, 'Test rationale', $6)`,
    [panelId, ocgId, occurredOn, agencyId, impact, arrests],
  );
}

/** Takes the partner agency's agreement out of force, so its members sign in without personal-data cover. */
export async function expireAgreement(ds: DataSource, agencyId: string): Promise<void> {
  await ds.query(`UPDATE agency SET isa_expires_on = current_date - 1 WHERE id = $1`, [agencyId]);
}

/** A partner member of the panel's Trading Standards, whose agreement does not cover personal data. */
export async function addUncoveredPartner(ds: DataSource, p: PanelFixture): Promise<{ userId: string; email: string }> {
  const email = `ts.uncovered.${p.panelId.slice(0, 8)}@example.test`;
  const [u] = await ds.query(`INSERT INTO app_user (email, name, agency_id, password_hash) VALUES ($1, 'TS partner', $2, $3) RETURNING id`, [
    email,
    p.agencies['Trading Standards'],
    TEST_PASSWORD_HASH,
  ]);
  await ds.query(`INSERT INTO membership (panel_id, user_id, role) VALUES ($1, $2, 'PARTNER_MEMBER')`, [p.panelId, u.id]);
  return { userId: u.id, email };
}
