import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { PanelRole } from '@sentinel/shared';
import { TEST_PASSWORD_HASH, type PanelFixture } from '../support/fixtures.js';

export const ADD = 'mutation($i: AddMemberInput!) { addMember(input: $i) { invitationSent member { id role } } }';
export const CHANGE_ROLE = 'mutation($i: ChangeMemberRoleInput!) { changeMemberRole(input: $i) { id role version } }';
export const SET_DISABLED = 'mutation($i: SetMemberDisabledInput!) { setMemberDisabled(input: $i) { id disabled version } }';

export const CHAIR_ROLE_REFUSED = "Only the panel's chair or a system administrator can give or take away the chair role";
export const CHAIR_ACCESS_REFUSED = "Only a panel's chair or a system administrator can disable or enable someone who chairs a panel";
export const LAST_CHAIR_REFUSED = 'A panel must keep at least one chair: name another chair first';

/** A system administrator who sits on no panel. */
export async function createAdmin(ds: DataSource): Promise<string> {
  const email = `admin.${randomUUID().slice(0, 8)}@example.test`;
  await ds.query(`INSERT INTO app_user (email, name, password_hash, is_admin) VALUES ($1, 'Admin', $2, true)`, [email, TEST_PASSWORD_HASH]);
  return email;
}

/** One more member of the panel, straight into the database: the person a mutation acts on. */
export async function addTarget(
  ds: DataSource,
  p: PanelFixture,
  role: PanelRole,
  opts: { disabled?: boolean } = {},
): Promise<{ userId: string; membershipId: string; email: string }> {
  const email = `target.${randomUUID().slice(0, 12)}@example.test`;
  const [u] = await ds.query(
    `INSERT INTO app_user (email, name, agency_id, disabled_at) VALUES ($1, $2, $3, ${opts.disabled ? 'now()' : 'NULL'}) RETURNING id`,
    [email, `Target ${role}`, p.agencies['Police SOC unit']],
  );
  const [m] = await ds.query(`INSERT INTO membership (panel_id, user_id, role) VALUES ($1, $2, $3) RETURNING id`, [p.panelId, u.id, role]);
  return { userId: u.id, membershipId: m.id, email };
}

/** Everything a member mutation could change about a panel: its memberships, their accounts and sessions, its audit rows. */
export async function panelState(ds: DataSource, panelId: string): Promise<unknown> {
  const members = await ds.query(
    `SELECT m.id, m.role, m.version, u.version AS user_version, u.disabled_at,
            (SELECT count(*)::int FROM user_session s WHERE s.user_id = u.id AND s.ended_at IS NULL) AS open_sessions
       FROM membership m JOIN app_user u ON u.id = m.user_id WHERE m.panel_id = $1 ORDER BY m.id`,
    [panelId],
  );
  const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM audit_event WHERE panel_id = $1`, [panelId]);
  return { members, changes: n };
}

export async function chairsOf(ds: DataSource, panelId: string): Promise<{ active: number; all: number }> {
  const [row] = await ds.query(
    `SELECT count(*) FILTER (WHERE u.disabled_at IS NULL)::int AS active, count(*)::int AS "all"
       FROM membership m JOIN app_user u ON u.id = m.user_id WHERE m.panel_id = $1 AND m.role = 'CHAIR'`,
    [panelId],
  );
  return row;
}
