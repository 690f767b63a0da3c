import type { EntityManager } from 'typeorm';

/** The force's data protection officer: a member of the panel for its logs alone, who sits in no meeting. */
export const DEMO_DPO = { name: 'Eleanor Shaw', email: 'dpo@northmoor.police.example' };

/**
 * The panel's data protection officer, and a few weeks of the s.62 log for its first three nominals as the panel's
 * screens, exports and packs would have written it: enough for a subject-access report that lists consultations
 * and disclosures to other agencies.
 */
export async function loadDemoDataProtection(
  m: EntityManager,
  panelId: string,
  agencyIds: string[],
  users: Record<string, string>,
  passwordHash: string,
): Promise<void> {
  const [dpo] = await m.query(`INSERT INTO app_user (email, name, agency_id, password_hash) VALUES ($1, $2, $3, $4) RETURNING id`, [
    DEMO_DPO.email,
    DEMO_DPO.name,
    agencyIds[1],
    passwordHash,
  ]);
  await m.query(
    `INSERT INTO membership (panel_id, user_id, role, created_at) VALUES ($1, $2, 'DATA_PROTECTION_OFFICER', now() - interval '400 days')`,
    [panelId, dpo.id],
  );
  const nominals: { id: string }[] = await m.query(`SELECT id FROM nominal WHERE panel_id = $1 ORDER BY reference LIMIT 3`, [panelId]);
  if (!nominals.length) return;
  const subjects = (ns: { id: string }[]) => ns.map((n) => `Nominal:${n.id}`);
  const police = users['soc.lead@northmoor.police.example'];
  const chair = users['chair@northmoor.police.example'];
  const hmrcOfficer = users['hmrc.officer@hmrc.example'];
  // [days ago, who, their agency, action, channel, disclosed to, purpose, nominals]
  const rows: [number, string, string, 'CONSULT' | 'DISCLOSE', string, string | null, string, { id: string }[]][] = [
    [41, police, agencyIds[0], 'CONSULT', 'GRAPHQL', agencyIds[0], 'Nominal', nominals.slice(0, 1)],
    [40, police, agencyIds[0], 'DISCLOSE', 'EXPORT', agencyIds[5], 'Nominals for an HMRC enquiry into undeclared income', nominals],
    [39, hmrcOfficer, agencyIds[5], 'CONSULT', 'GRAPHQL', agencyIds[5], 'Ocg', nominals.slice(0, 2)],
    [21, chair, agencyIds[0], 'DISCLOSE', 'DOCUMENT', agencyIds[0], 'Agenda pack', nominals],
    [20, chair, agencyIds[0], 'DISCLOSE', 'MAIL', agencyIds[6], 'Agenda pack', nominals.slice(0, 1)],
  ];
  for (const [days, actor, agency, action, channel, to, purpose, ns] of rows) {
    await m.query(
      `INSERT INTO consultation (at, panel_id, actor_user_id, actor_agency_id, action, channel, disclosed_to_agency_id, purpose, subjects)
       VALUES (now() - make_interval(days => $1), $2, $3, $4, $5, $6, $7, $8, $9)`,
      [days, panelId, actor ?? null, agency, action, channel, to, purpose, subjects(ns)],
    );
  }
}
