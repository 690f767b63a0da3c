import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { AgencyKind, PanelRole } from '@sentinel/shared';
import type { DataChannel, RequestContext } from '../../src/core/access/request-context.js';
import { Loaders } from '../../src/core/graphql/loaders.js';

export const TEST_PASSWORD = 'correct horse battery staple';
/**
 * TEST_PASSWORD hashed once, by argon2id at its lowest cost (1 MiB, one pass), for the accounts tests write: a
 * sign-in verifies it as it verifies any stored hash, in about a millisecond instead of the 50-170 ms of the
 * production cost, and a run signs in many hundreds of times. Passwords the app hashes itself (invitations, resets,
 * changes) keep the production cost, and the suites that set them sign in with them.
 */
export const TEST_PASSWORD_HASH = '$argon2id$v=19$m=1024,p=1,t=1$nTw39FhmquDSjzLpFJw0Tg$d7YEACxAsPK9dhEEK2fz+mXVwk7+pNxAXQ2UGuvko3s';

export interface FixtureMember {
  userId: string;
  email: string;
  membershipId: string;
  agencyId: string;
}

/** The roles every fixture panel has a member in; its data protection officer is added only where a test asks. */
export type FixtureRole = Exclude<PanelRole, 'DATA_PROTECTION_OFFICER'>;

export interface PanelFixture {
  panelId: string;
  agencies: Record<string, string>;
  users: Record<FixtureRole, FixtureMember> & Partial<Record<'DATA_PROTECTION_OFFICER', FixtureMember>>;
}

/**
 * A panel with a police unit, a partner agency (HMRC) and one member in each role, written straight to the
 * database. Every name is unique to the call so test files can share one database.
 */
export async function createPanel(ds: DataSource, label = randomUUID().slice(0, 8)): Promise<PanelFixture> {
  const [panel] = await ds.query(`INSERT INTO panel (code, name, force_name) VALUES ($1, $2, $3) RETURNING id`, [
    label.slice(0, 20),
    `Panel ${label}`,
    `Force ${label}`,
  ]);
  const agencies: Record<string, string> = {};
  const agencyRows: [string, AgencyKind, boolean][] = [
    ['Police SOC unit', 'POLICE_UNIT', true],
    ['HMRC', 'GOVERNMENT_DEPARTMENT', true],
    ['Trading Standards', 'LOCAL_AUTHORITY_SERVICE', false],
  ];
  for (const [name, kind, covers] of agencyRows) {
    const [a] = await ds.query(
      `INSERT INTO agency (panel_id, name, kind, isa_reference, isa_signed_on, isa_expires_on, isa_covers_personal_data)
       VALUES ($1, $2, $3, 'ISA-1', '2025-01-01', '2030-01-01', $4) RETURNING id`,
      [panel.id, name, kind, covers],
    );
    agencies[name] = a.id;
  }
  const roleAgency: Record<FixtureRole, string> = {
    CHAIR: 'Police SOC unit',
    COORDINATOR: 'Police SOC unit',
    POLICE_MEMBER: 'Police SOC unit',
    PARTNER_MEMBER: 'HMRC',
    OBSERVER: 'Trading Standards',
  };
  const users = {} as PanelFixture['users'];
  for (const role of Object.keys(roleAgency) as FixtureRole[]) {
    users[role] = await addFixtureMember(ds, panel.id, role, label, agencies[roleAgency[role]]);
  }
  return { panelId: panel.id, agencies, users };
}

/** The panel's data protection officer, of its police unit, added to the fixture (and returned). */
export async function addDataProtectionOfficer(ds: DataSource, p: PanelFixture): Promise<FixtureMember> {
  const label = randomUUID().slice(0, 8);
  p.users.DATA_PROTECTION_OFFICER = await addFixtureMember(ds, p.panelId, 'DATA_PROTECTION_OFFICER', label, p.agencies['Police SOC unit']);
  return p.users.DATA_PROTECTION_OFFICER;
}

async function addFixtureMember(ds: DataSource, panelId: string, role: PanelRole, label: string, agencyId: string): Promise<FixtureMember> {
  const email = `${role.toLowerCase()}.${label}@example.test`;
  const [u] = await ds.query(`INSERT INTO app_user (email, name, agency_id, password_hash) VALUES ($1, $2, $3, $4) RETURNING id`, [
    email,
    `${role} ${label}`,
    agencyId,
    TEST_PASSWORD_HASH,
  ]);
  const [m] = await ds.query(`INSERT INTO membership (panel_id, user_id, role) VALUES ($1, $2, $3) RETURNING id`, [panelId, u.id, role]);
  return { userId: u.id, email, membershipId: m.id, agencyId };
}

/**
 * What the API would build for a fixture member's request, for calling services directly: their one panel role,
 * their agency (allowed personal data), fresh loaders and, if given, the channel the data leaves by.
 */
export function contextOf(ds: DataSource, p: PanelFixture, role: PanelRole, channel?: DataChannel): RequestContext {
  const u = p.users[role];
  if (!u) throw new Error(`the fixture panel has no ${role}: add one first`);
  return {
    viewer: {
      userId: u.userId,
      sessionId: 'test',
      name: role,
      email: u.email,
      agencyId: u.agencyId,
      agencyAllowsPersonalData: true,
      isAdmin: false,
      secondFactorEnrolled: false,
      secondFactorAt: null,
      regions: [],
      memberships: [{ panelId: p.panelId, role }],
    },
    ip: 'test',
    loaders: new Loaders(ds),
    channel,
  };
}
