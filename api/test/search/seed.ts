import type { DataSource } from 'typeorm';
import { foldRegistration, normaliseRegistration, searchableName } from '@sentinel/shared';

/** Records written straight to the database, as the OCG core will write them (name_search via searchableName). */
export async function addOcg(
  ds: DataSource,
  panelId: string,
  reference: string,
  name: string,
  extra: { status?: string; crimeTypes?: string[]; areas?: string[]; scoreTotal?: number; tier?: string; lroUserId?: string } = {},
): Promise<string> {
  const [o] = await ds.query(
    `INSERT INTO ocg (panel_id, reference, name, status, crime_types, areas, score_total, tier, lro_user_id, next_review_on)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, '2026-03-01') RETURNING id`,
    [
      panelId,
      reference,
      name,
      extra.status ?? 'ACTIVE',
      extra.crimeTypes ?? [],
      extra.areas ?? [],
      extra.scoreTotal ?? null,
      extra.tier ?? null,
      extra.lroUserId ?? null,
    ],
  );
  return o.id;
}

export async function addNominal(
  ds: DataSource,
  panelId: string,
  reference: string,
  forenames: string,
  surname: string,
  aliases: string[] = [],
  dateOfBirth: string | null = null,
): Promise<string> {
  const [n] = await ds.query(
    `INSERT INTO nominal (panel_id, reference, forenames, surname, aliases, date_of_birth, name_search)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [panelId, reference, forenames, surname, aliases, dateOfBirth, searchableName(forenames, surname, aliases)],
  );
  return n.id;
}

export async function addVehicle(
  ds: DataSource,
  panelId: string,
  registration: string,
  make = 'Ford',
  model = 'Focus',
  colour = 'Blue',
): Promise<string> {
  const [v] = await ds.query(
    `INSERT INTO vehicle (panel_id, registration, vrm, vrm_folded, make, model, colour) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [panelId, registration, normaliseRegistration(registration), foldRegistration(registration), make, model, colour],
  );
  return v.id;
}

export async function addPlace(ds: DataSource, panelId: string, label: string, kind = 'BUSINESS', area: string | null = null): Promise<string> {
  const [p] = await ds.query(`INSERT INTO place (panel_id, label, kind, area) VALUES ($1, $2, $3, $4) RETURNING id`, [panelId, label, kind, area]);
  return p.id;
}

export async function linkNominal(ds: DataSource, ocgId: string, nominalId: string, role = 'PRINCIPAL'): Promise<void> {
  await ds.query(`INSERT INTO ocg_nominal (ocg_id, nominal_id, role) VALUES ($1, $2, $3)`, [ocgId, nominalId, role]);
}
