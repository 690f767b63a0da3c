import type { DataSource } from 'typeorm';
import type { AgencyKind, PanelRole } from '@sentinel/shared';
import { TEST_PASSWORD_HASH } from '../support/fixtures.js';
import { analystSelf, either, header, hitOf, ownAgency, self, type CanaryBook } from './canaries.js';

export interface SeededUser {
  userId: string;
  email: string;
  name: string;
  membershipId: string;
  agencyKey: string;
  panel: 'A' | 'B';
}

export interface People {
  panelA: string;
  panelB: string;
  /** Agency ids by key: POLICE, HMRC, DWP, HOUSING, PROBATION, TS (panel A), POLICE_B, HMRC_B (panel B). */
  agencies: Record<string, string>;
  users: Record<string, SeededUser>;
  /** A region over both panels, and its analyst: an account on no panel. */
  regionId: string;
  analyst: { userId: string; email: string };
}

interface AgencySpec {
  key: string;
  label: string;
  kind: AgencyKind;
  covers: boolean;
  expiresOn: string;
}

const AGENCIES_A: AgencySpec[] = [
  { key: 'POLICE', label: 'Police SOC unit', kind: 'POLICE_UNIT', covers: true, expiresOn: '2099-01-01' },
  { key: 'HMRC', label: 'HMRC', kind: 'GOVERNMENT_DEPARTMENT', covers: true, expiresOn: '2099-01-01' },
  { key: 'DWP', label: 'DWP', kind: 'GOVERNMENT_DEPARTMENT', covers: true, expiresOn: '2099-01-01' },
  // Its agreement is in force but does not cover personal data.
  { key: 'HOUSING', label: 'Council Housing', kind: 'LOCAL_AUTHORITY_SERVICE', covers: false, expiresOn: '2099-01-01' },
  // Its agreement covered personal data, and has expired.
  { key: 'PROBATION', label: 'Probation Service', kind: 'PRISON_AND_PROBATION', covers: true, expiresOn: '2025-06-30' },
  { key: 'TS', label: 'Trading Standards', kind: 'LOCAL_AUTHORITY_SERVICE', covers: false, expiresOn: '2099-01-01' },
];
const AGENCIES_B: AgencySpec[] = [
  { key: 'POLICE_B', label: 'Police SOC unit', kind: 'POLICE_UNIT', covers: true, expiresOn: '2099-01-01' },
  { key: 'HMRC_B', label: 'HMRC', kind: 'GOVERNMENT_DEPARTMENT', covers: true, expiresOn: '2099-01-01' },
];

/** Every person of the world: user key, panel, agency, role. Each is signed in as one viewer (see viewers.ts). */
const USERS: { key: string; panel: 'A' | 'B'; agency: string; role: PanelRole; invited?: boolean }[] = [
  { key: 'chair', panel: 'A', agency: 'POLICE', role: 'CHAIR' },
  { key: 'coordinator', panel: 'A', agency: 'POLICE', role: 'COORDINATOR' },
  { key: 'police', panel: 'A', agency: 'POLICE', role: 'POLICE_MEMBER' },
  { key: 'police2', panel: 'A', agency: 'POLICE', role: 'POLICE_MEMBER' },
  { key: 'hmrc', panel: 'A', agency: 'HMRC', role: 'PARTNER_MEMBER' },
  { key: 'hmrc2', panel: 'A', agency: 'HMRC', role: 'PARTNER_MEMBER' },
  { key: 'hmrc3', panel: 'A', agency: 'HMRC', role: 'PARTNER_MEMBER', invited: true },
  { key: 'dwp', panel: 'A', agency: 'DWP', role: 'PARTNER_MEMBER' },
  { key: 'dwp2', panel: 'A', agency: 'DWP', role: 'PARTNER_MEMBER' },
  { key: 'housing', panel: 'A', agency: 'HOUSING', role: 'PARTNER_MEMBER' },
  { key: 'probation', panel: 'A', agency: 'PROBATION', role: 'PARTNER_MEMBER' },
  { key: 'observer', panel: 'A', agency: 'TS', role: 'OBSERVER' },
  { key: 'chairB', panel: 'B', agency: 'POLICE_B', role: 'CHAIR' },
  { key: 'dpo', panel: 'A', agency: 'POLICE', role: 'DATA_PROTECTION_OFFICER' },
];

/** Two panels, their agencies and people, every name and reference a canary, written straight to the database. */
export async function seedPeople(ds: DataSource, book: CanaryBook): Promise<People> {
  const passwordHash = TEST_PASSWORD_HASH;
  const one = async (sql: string, params: unknown[]): Promise<string> => (await ds.query(sql, params))[0].id;
  const panel = (key: 'A' | 'B') =>
    one(
      `INSERT INTO panel (code, name, force_name, next_ocg_number, next_nominal_number, next_referral_number, next_task_number)
       VALUES ($1, $2, $3, 100, 100, 100, 100) RETURNING id`,
      [
        `${key}-${book.world}-${Date.now() % 100000}`,
        `Panel ${book.mint(`panel ${key}`, 'name', either(header(key), hitOf(key)))}`,
        `Force ${book.mint(`panel ${key}`, 'forceName', either(header(key), hitOf(key)))}`,
      ],
    );
  const panelA = await panel('A');
  const panelB = await panel('B');
  const agencies: Record<string, string> = {};
  for (const [panelKey, panelId, specs] of [
    ['A', panelA, AGENCIES_A],
    ['B', panelB, AGENCIES_B],
  ] as const) {
    for (const a of specs) {
      const rule = ownAgency(panelKey, a.key);
      agencies[a.key] = await one(
        `INSERT INTO agency (panel_id, name, kind, isa_reference, isa_signed_on, isa_expires_on, isa_covers_personal_data, tactic_headings)
         VALUES ($1, $2, $3, $4, '2024-01-01', $5, $6, ARRAY['BUSINESS','LIFESTYLE']) RETURNING id`,
        [
          panelId,
          `${a.label} ${book.mint(`agency ${a.key}`, 'name', rule)}`,
          a.kind,
          `ISA ${book.mint(`agency ${a.key}`, 'isa.reference', rule)}`,
          a.expiresOn,
          a.covers,
        ],
      );
    }
  }
  const users: Record<string, SeededUser> = {};
  for (const u of USERS) {
    // A panel's chairs are whom the other panel calls about a hit (seed-matches.ts).
    const rule = u.role === 'CHAIR' ? either(self(u.panel, u.key), hitOf(u.panel)) : self(u.panel, u.key);
    const name = `${u.key} ${book.mint(`user ${u.key}`, 'name', rule)}`;
    const email = `${book.mint(`user ${u.key}`, 'email', rule).toLowerCase()}@example.test`;
    const userId = await one(`INSERT INTO app_user (email, name, agency_id, password_hash) VALUES ($1, $2, $3, $4) RETURNING id`, [
      email,
      name,
      agencies[u.agency],
      u.invited ? null : passwordHash,
    ]);
    const membershipId = await one(`INSERT INTO membership (panel_id, user_id, role) VALUES ($1, $2, $3) RETURNING id`, [
      u.panel === 'A' ? panelA : panelB,
      userId,
      u.role,
    ]);
    users[u.key] = { userId, email, name, membershipId, agencyKey: u.agency, panel: u.panel };
  }
  const analystEmail = `${book.mint('user analyst', 'email', analystSelf)}@example.test`.toLowerCase();
  const analystId = await one(`INSERT INTO app_user (email, name, password_hash) VALUES ($1, $2, $3) RETURNING id`, [
    analystEmail,
    `analyst ${book.mint('user analyst', 'name', analystSelf)}`,
    passwordHash,
  ]);
  const regionId = await one(`INSERT INTO region (name, kind) VALUES ($1, 'REGIONAL') RETURNING id`, [
    `Region ${book.mint('region', 'name', analystSelf)}`,
  ]);
  await ds.query(`INSERT INTO region_panel (region_id, panel_id) VALUES ($1, $2), ($1, $3)`, [regionId, panelA, panelB]);
  await ds.query(`INSERT INTO region_member (region_id, user_id, role) VALUES ($1, $2, 'ANALYST')`, [regionId, analystId]);
  return { panelA, panelB, agencies, users, regionId, analyst: { userId: analystId, email: analystEmail } };
}
