import type { EntityManager } from 'typeorm';
import { addDays, londonToday, type AgencyKind, type PanelRole, type TacticHeading } from '@sentinel/shared';
import { hashPassword } from '../core/auth/passwords.js';
import { DEMO_DPO, loadDemoDataProtection } from './demo-data-protection.js';
import { enrolDemoPeople } from './demo-second-factor.js';
import { loadDemoOcgs } from './demo-ocgs.js';
import { loadDemoMeetings } from './demo-meetings.js';
import { loadDemoRegion } from './demo-region.js';
import { loadDemoTasks } from './demo-tasks.js';

/** The one password of every demo account. Demo data is never loaded with NODE_ENV=production. */
export const DEMO_PASSWORD = 'Sentinel-Demo-2026';

/**
 * The one authenticator key (base32) of every demo account, to add to any authenticator app by hand. Demo data
 * is never loaded with NODE_ENV=production.
 */
export const DEMO_SECOND_FACTOR_KEY = 'SENTINELDEMOTOTPKEYFORTESTING234';

export const DEMO_SIGN_INS: { role: PanelRole | 'ADMIN' | 'REGION_ANALYST'; email: string }[] = [
  { role: 'ADMIN', email: 'admin@sentinel.example' },
  { role: 'CHAIR', email: 'chair@northmoor.police.example' },
  { role: 'COORDINATOR', email: 'coordinator@northmoor.police.example' },
  { role: 'POLICE_MEMBER', email: 'soc.lead@northmoor.police.example' },
  { role: 'PARTNER_MEMBER', email: 'hmrc.officer@hmrc.example' },
  { role: 'OBSERVER', email: 'pcc.observer@northmoor-pcc.example' },
  { role: 'REGION_ANALYST', email: 'analyst@rocu.police.example' },
  { role: 'DATA_PROTECTION_OFFICER', email: DEMO_DPO.email },
];

type AgencySeed = [name: string, kind: AgencyKind, headings: TacticHeading[], isa: 'valid' | 'expired' | 'expiring' | 'no-personal' | 'none'];

const AGENCIES: AgencySeed[] = [
  ['Northmoor Police - Serious and Organised Crime Unit', 'POLICE_UNIT', ['CRIME', 'VEHICLES', 'TRAVEL', 'LIFESTYLE'], 'valid'],
  ['Northmoor Police - Force Intelligence Bureau', 'POLICE_UNIT', ['CRIME'], 'valid'],
  ['Northmoor Police - Neighbourhood Policing', 'POLICE_UNIT', ['BEHAVIOUR', 'CRIME'], 'valid'],
  ['Northmoor Police - Safeguarding Hub', 'POLICE_UNIT', ['BEHAVIOUR'], 'valid'],
  ['Office of the Police and Crime Commissioner', 'OTHER', [], 'valid'],
  ['HM Revenue and Customs', 'GOVERNMENT_DEPARTMENT', ['BUSINESS', 'LIFESTYLE'], 'valid'],
  ['Department for Work and Pensions', 'GOVERNMENT_DEPARTMENT', ['LIFESTYLE'], 'valid'],
  ['Border Force', 'GOVERNMENT_DEPARTMENT', ['TRAVEL'], 'valid'],
  ['Immigration Enforcement', 'GOVERNMENT_DEPARTMENT', ['TRAVEL', 'BUSINESS'], 'expiring'],
  ['British Transport Police', 'POLICE_UNIT', ['TRAVEL', 'CRIME'], 'valid'],
  ['Northmoor Council - Licensing', 'LOCAL_AUTHORITY_SERVICE', ['BUSINESS'], 'valid'],
  ['Northmoor Council - Trading Standards', 'LOCAL_AUTHORITY_SERVICE', ['BUSINESS', 'VEHICLES'], 'expired'],
  ['Northmoor Council - Planning Enforcement', 'LOCAL_AUTHORITY_SERVICE', ['BUSINESS'], 'no-personal'],
  ['Northmoor Council - Community Safety', 'LOCAL_AUTHORITY_SERVICE', ['BEHAVIOUR'], 'valid'],
  ['Northmoor Fire and Rescue Service', 'EMERGENCY_SERVICE', ['BUSINESS'], 'valid'],
  ['HM Prison and Probation Service', 'PRISON_AND_PROBATION', ['BEHAVIOUR', 'TRAVEL'], 'valid'],
  ['Environment Agency', 'REGULATOR', ['BUSINESS', 'VEHICLES'], 'valid'],
  ['Gangmasters and Labour Abuse Authority', 'REGULATOR', ['BUSINESS'], 'valid'],
  ['Security Industry Authority', 'REGULATOR', ['BUSINESS'], 'no-personal'],
  ['Crimestoppers', 'VOLUNTARY_SECTOR', [], 'none'],
  ['Stop Loan Sharks', 'VOLUNTARY_SECTOR', ['LIFESTYLE'], 'valid'],
];

type MemberSeed = [name: string, email: string, agencyIndex: number, role: PanelRole];

const MEMBERS: MemberSeed[] = [
  ['Det Supt Helen Marsh', 'chair@northmoor.police.example', 0, 'CHAIR'],
  ['Priya Natarajan', 'coordinator@northmoor.police.example', 0, 'COORDINATOR'],
  ['DI Tom Ashworth', 'soc.lead@northmoor.police.example', 0, 'POLICE_MEMBER'],
  ['DS Rachel Okafor', 'rachel.okafor@northmoor.police.example', 0, 'POLICE_MEMBER'],
  ['DC Liam Gallagher', 'liam.gallagher@northmoor.police.example', 0, 'POLICE_MEMBER'],
  ['Sarah Whitfield', 'sarah.whitfield@northmoor.police.example', 1, 'POLICE_MEMBER'],
  ['Mark Bentley', 'mark.bentley@northmoor.police.example', 1, 'POLICE_MEMBER'],
  ['Insp Amira Haddad', 'amira.haddad@northmoor.police.example', 2, 'POLICE_MEMBER'],
  ['PS Gareth Lowe', 'gareth.lowe@northmoor.police.example', 2, 'POLICE_MEMBER'],
  ['DS Fiona Reid', 'fiona.reid@northmoor.police.example', 3, 'POLICE_MEMBER'],
  ['James Carver', 'pcc.observer@northmoor-pcc.example', 4, 'OBSERVER'],
  ['Joanne Pike', 'hmrc.officer@hmrc.example', 5, 'PARTNER_MEMBER'],
  ['Daniel Moss', 'daniel.moss@hmrc.example', 5, 'PARTNER_MEMBER'],
  ['Kerry Lund', 'kerry.lund@dwp.example', 6, 'PARTNER_MEMBER'],
  ['Oliver Grant', 'oliver.grant@borderforce.example', 7, 'PARTNER_MEMBER'],
  ['Nadia Sheikh', 'nadia.sheikh@immigration.example', 8, 'PARTNER_MEMBER'],
  ['PC Ewan Doyle', 'ewan.doyle@btp.example', 9, 'PARTNER_MEMBER'],
  ['Claire Hutton', 'claire.hutton@northmoor-council.example', 10, 'PARTNER_MEMBER'],
  ['Vikram Patel', 'vikram.patel@northmoor-council.example', 11, 'PARTNER_MEMBER'],
  ['Beth Armstrong', 'beth.armstrong@northmoor-council.example', 12, 'PARTNER_MEMBER'],
  ['Simon Kerr', 'simon.kerr@northmoor-council.example', 13, 'PARTNER_MEMBER'],
  ['Lucy Fenwick', 'lucy.fenwick@northmoor-council.example', 13, 'OBSERVER'],
  ['Stn Mgr Paul Rudd', 'paul.rudd@northmoor-fire.example', 14, 'PARTNER_MEMBER'],
  ['Angela Brooks', 'angela.brooks@probation.example', 15, 'PARTNER_MEMBER'],
  ['Hassan Ali', 'hassan.ali@probation.example', 15, 'PARTNER_MEMBER'],
  ['Megan Price', 'megan.price@environment-agency.example', 16, 'PARTNER_MEMBER'],
  ['Robert Young', 'robert.young@gla.example', 17, 'PARTNER_MEMBER'],
  ['Zoe Marshall', 'zoe.marshall@sia.example', 18, 'PARTNER_MEMBER'],
  ['Chris Dunn', 'chris.dunn@crimestoppers.example', 19, 'OBSERVER'],
  ['Hannah Webb', 'hannah.webb@stoploansharks.example', 20, 'PARTNER_MEMBER'],
  ['Ian Foster', 'ian.foster@northmoor.police.example', 1, 'OBSERVER'],
  ['DCI Ruth Calloway', 'ruth.calloway@northmoor.police.example', 0, 'COORDINATOR'],
  ['Aidan Walsh', 'aidan.walsh@dwp.example', 6, 'PARTNER_MEMBER'],
  ['Grace Holden', 'grace.holden@northmoor-council.example', 10, 'PARTNER_MEMBER'],
  ['Tariq Mahmood', 'tariq.mahmood@borderforce.example', 7, 'PARTNER_MEMBER'],
];

/** A fictional force's panel that looks real: about 20 agencies, 35 members in every role, a dozen groups, sixty tasks,
 * three past meetings with minutes and the next ones planned. */
export async function loadDemoData(m: EntityManager, opts: { secondFactorKey?: string } = {}): Promise<void> {
  const today = londonToday();
  const hash = await hashPassword(DEMO_PASSWORD);
  const [panel] = await m.query(
    `INSERT INTO panel (code, name, force_name) VALUES ('NMR', 'Northmoor OCG Disruption Panel', 'Northmoor Police') RETURNING id`,
  );
  const agencyIds: string[] = [];
  for (const [i, [name, kind, headings, isa]] of AGENCIES.entries()) {
    const signedOn = isa === 'none' ? null : addDays(today, -700 + i * 10);
    const expiresOn =
      isa === 'none' ? null : isa === 'expired' ? addDays(today, -21) : isa === 'expiring' ? addDays(today, 12) : addDays(today, 400 + i * 15);
    const [row] = await m.query(
      // The panel has sat for two years: its agencies and members date from then, for the membership figures.
      `INSERT INTO agency (panel_id, name, kind, tactic_headings, isa_reference, isa_signed_on, isa_expires_on, isa_covers_personal_data, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now() - interval '730 days') RETURNING id`,
      [
        panel.id,
        name,
        kind,
        headings,
        isa === 'none' ? null : `NMR-ISA-${String(i + 1).padStart(3, '0')}`,
        signedOn,
        expiresOn,
        isa !== 'no-personal' && isa !== 'none',
      ],
    );
    agencyIds.push(row.id);
  }
  await m.query(`INSERT INTO app_user (email, name, password_hash, is_admin) VALUES ('admin@sentinel.example', 'System Administrator', $1, true)`, [
    hash,
  ]);
  const users: Record<string, string> = {};
  for (const [n, [name, email, agencyIndex, role]] of MEMBERS.entries()) {
    const [user] = await m.query(`INSERT INTO app_user (email, name, agency_id, password_hash) VALUES ($1, $2, $3, $4) RETURNING id`, [
      email,
      name,
      agencyIds[agencyIndex],
      hash,
    ]);
    users[email] = user.id;
    // The last two joined since the last meeting but one; everyone else has sat from the start.
    const joinedDaysAgo = n >= MEMBERS.length - 2 ? 75 : 730;
    await m.query(`INSERT INTO membership (panel_id, user_id, role, created_at) VALUES ($1, $2, $3, now() - make_interval(days => $4))`, [
      panel.id,
      user.id,
      role,
      joinedDaysAgo,
    ]);
  }
  const ocgIds = await loadDemoOcgs(m, panel.id, agencyIds, users);
  await loadDemoTasks(m, panel.id, agencyIds, ocgIds.slice(0, 10), users['chair@northmoor.police.example']);
  await loadDemoMeetings(m, panel.id, agencyIds, users);
  await loadDemoRegion(m, panel.id, hash);
  await loadDemoDataProtection(m, panel.id, agencyIds, users, hash);
  if (opts.secondFactorKey) await enrolDemoPeople(m, opts.secondFactorKey, DEMO_SECOND_FACTOR_KEY);
}
