import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { PanelRole, TacticHeading } from '@sentinel/shared';
import { TEST_PASSWORD_HASH } from '../support/fixtures.js';

/** Test-only records for the intelligence, plan, disruption and referral suites, written straight in SQL. */

export async function addAgency(
  ds: DataSource,
  panelId: string,
  name: string,
  coversPersonalData = true,
  tacticHeadings: TacticHeading[] = [],
): Promise<string> {
  const [a] = await ds.query(
    `INSERT INTO agency (panel_id, name, kind, isa_reference, isa_signed_on, isa_expires_on, isa_covers_personal_data, tactic_headings)
     VALUES ($1, $2, 'OTHER', 'ISA-2', '2025-01-01', '2030-01-01', $3, $4) RETURNING id`,
    [panelId, name, coversPersonalData, tacticHeadings],
  );
  return a.id;
}

/** A member of the panel in the given agency and role; answers the email to sign in with. */
export async function addMember(ds: DataSource, panelId: string, agencyId: string, role: PanelRole): Promise<string> {
  const email = `${role.toLowerCase()}.${randomUUID().slice(0, 8)}@example.test`;
  const [u] = await ds.query(`INSERT INTO app_user (email, name, agency_id, password_hash) VALUES ($1, $2, $3, $4) RETURNING id`, [
    email,
    `Extra ${role}`,
    agencyId,
    TEST_PASSWORD_HASH,
  ]);
  await ds.query(`INSERT INTO membership (panel_id, user_id, role) VALUES ($1, $2, $3)`, [panelId, u.id, role]);
  return email;
}

/** Groups get T- references so they never collide with the OCG- numbers the app hands out. */
export async function addOcgs(ds: DataSource, panelId: string, count: number, name = 'Group'): Promise<string[]> {
  const rows: { id: string }[] = await ds.query(
    `INSERT INTO ocg (panel_id, reference, name, status)
     SELECT $1, 'T-' || substr(md5(random()::text), 1, 10), $2 || ' ' || g, 'ACTIVE' FROM generate_series(1, $3::int) g RETURNING id`,
    [panelId, name, count],
  );
  return rows.map((r) => r.id);
}

export async function addNominal(ds: DataSource, panelId: string, forenames: string, surname: string): Promise<string> {
  const [n] = await ds.query(`INSERT INTO nominal (panel_id, reference, surname, forenames, name_search) VALUES ($1, $2, $3, $4, $5) RETURNING id`, [
    panelId,
    `N-${randomUUID().slice(0, 8)}`,
    surname,
    forenames,
    `${forenames} ${surname}`.toLowerCase(),
  ]);
  return n.id;
}
