import type { DataSource } from 'typeorm';
import type { PanelFixture } from '../support/fixtures.js';

/**
 * Records inside and outside the first half of 2026, including the edges (London midnight on 1 January and
 * 1 July, in winter and summer time), so every figure's period boundary is exercised.
 */
export async function seedOutcomes(ds: DataSource, p: PanelFixture): Promise<void> {
  const police = p.agencies['Police SOC unit'];
  const hmrc = p.agencies.HMRC;
  const q = (sql: string, params: unknown[] = []) => ds.query(sql, [p.panelId, ...params]);
  const groups: [string, string, string | null, string, string][] = [
    ['O-1', '2025-11-01 10:00Z', '2026-02-01', 'ACTIVE', '2025-11-01 10:00Z'],
    ['O-2', '2026-01-01 00:00Z', null, 'DISMANTLED', '2026-05-10 12:00Z'],
    ['O-3', '2026-06-30 22:59Z', null, 'DISMANTLED', '2026-06-30 23:30Z'],
    ['O-4', '2025-12-31 23:59Z', null, 'ACTIVE', '2025-12-31 23:59Z'],
    ['O-5', '2026-03-01 09:00Z', '2025-10-01', 'ARCHIVED', '2026-04-01 09:00Z'],
  ];
  for (const [ref, created, mapped, status, changed] of groups) {
    await q(
      `INSERT INTO ocg (panel_id, reference, name, status, date_mapped, created_at, status_changed_at, score_total)
             VALUES ($1, $2, $7, $3, $4, $5, $6, NULL)`,
      [ref, status, mapped, created, changed, `Group ${ref}`],
    );
  }
  const scores: [string, number, string][] = [
    ['O-1', 50, '2025-12-01Z'],
    ['O-1', 40, '2026-02-15Z'],
    ['O-1', 30, '2026-05-01Z'],
    ['O-2', 70, '2026-01-01Z'],
    ['O-2', 45, '2026-06-01Z'],
    ['O-4', 20, '2026-04-01Z'],
    // First scored only after its disruption in the period: its first assessment stands for the score before.
    ['O-3', 35, '2026-06-20Z'],
    ['O-3', 25, '2026-06-25Z'],
  ];
  for (const [ref, total, at] of scores) {
    await q(
      `INSERT INTO ocg_score (ocg_id, panel_id, harm_physical, harm_community, harm_geographic, harm_vulnerability, likelihood, capability, capacity,
               confidence, scale_max, total, tier, scored_at)
             SELECT id, panel_id, 1, 1, 1, 1, 1, 1, 1, 'LOW', 5, $3, 'Tier 2', $4 FROM ocg WHERE panel_id = $1 AND reference = $2`,
      [ref, total, at],
    );
  }
  await q(
    `UPDATE ocg o SET score_total = (SELECT s.total FROM ocg_score s WHERE s.ocg_id = o.id ORDER BY s.scored_at DESC LIMIT 1) WHERE o.panel_id = $1`,
  );
  const disruptions: [string, string, string, string, number, number, string, string][] = [
    // group, day, agency, impact, arrests, cash, drugs, custodial years
    ['O-1', '2026-01-10', police, 'MAJOR', 3, 1500.5, '[{"type":"Cocaine","kg":1.25},{"type":"Cannabis","kg":4}]', '6.5'],
    ['O-1', '2026-03-10', hmrc, 'MODERATE', 0, 20000, '[]', '0'],
    ['O-2', '2026-02-01', police, 'MINOR', 2, 0, '[{"type":"Cocaine","kg":0.5}]', '3'],
    ['O-4', '2026-06-30', hmrc, 'NONE', 1, 99.99, '[]', '0'],
    ['O-3', '2026-06-15', hmrc, 'MINOR', 0, 0, '[]', '0'],
    ['O-4', '2025-12-31', police, 'MAJOR', 9, 9999, '[{"type":"Heroin","kg":9}]', '9'],
    ['O-5', '2026-07-01', police, 'NEGATIVE', 9, 9999, '[{"type":"Heroin","kg":9}]', '9'],
  ];
  for (const [ref, day, agency, impact, arrests, cash, drugs, years] of disruptions) {
    await q(
      `INSERT INTO disruption (panel_id, ocg_id, occurred_on, agency_id, strand, tactic_heading, description, impact, rationale,
               arrests, charges, custodial_years, cash_seized_gbp, drugs_seized, firearms, rounds, vehicles_seized, children_safeguarded,
               adults_safeguarded, restraint_orders, licences_reviewed, licences_revoked, benefit_actions, tax_actions, premises_closed)
             SELECT $1, id, $3, $4, 'PURSUE', 'CRIME', 'Action', $5, 'Because', $6, $6 + 1, $9::numeric, $7, $8::jsonb,
                    $6 % 2, $6 * 10, 1, $6, 2, 1, 3, 1, 2, 1, 1
               FROM ocg WHERE panel_id = $1 AND reference = $2`,
      [ref, day, agency, impact, arrests, cash, drugs, years],
    );
  }
  for (const [i, created] of ['2025-12-31 23:30Z', '2026-01-01 00:30Z', '2026-04-01 12:00Z', '2026-06-30 23:30Z'].entries()) {
    await q(`INSERT INTO nominal (panel_id, reference, surname, forenames, created_at) VALUES ($1, $2, $3, 'Alex', $4)`, [
      `ON-${i}`,
      i % 2 ? 'Smith' : 'Jones',
      created,
    ]);
    await q(`INSERT INTO vehicle (panel_id, registration, vrm, vrm_folded, created_at) VALUES ($1, $2, $2, $2, $3)`, [`AB${i}CDE`, created]);
  }
  const referrals: [string, string, string | null, string | null, string | null][] = [
    // reference, received, status, decided, group
    ['R-1', '2025-10-01Z', 'ACCEPTED', '2026-01-15Z', 'O-5'],
    ['R-2', '2026-02-01Z', 'ACCEPTED', '2026-02-10Z', 'O-1'],
    ['R-3', '2026-03-01Z', 'DECLINED', '2026-03-05Z', null],
    ['R-4', '2026-05-01Z', 'RECEIVED', null, null],
    ['R-5', '2026-06-30 23:30Z', 'RECEIVED', null, null],
  ];
  for (const [ref, received, status, decided, group] of referrals) {
    await q(
      `INSERT INTO referral (panel_id, reference, from_agency_id, summary, crime_references, status, ocg_id, decline_reason, decided_at, created_at)
             VALUES ($1, $2, $3, 'Shop thefts', ARRAY['CR/1'], $4, (SELECT id FROM ocg WHERE panel_id = $1 AND reference = $5),
                     CASE WHEN $4::varchar = 'DECLINED' THEN 'Not organised' END, $6, $7)`,
      [ref, hmrc, status, group, decided, received],
    );
  }
  const tasks: [string, string, string, string | null][] = [
    ['K-1', police, 'COMPLETED', '2026-02-01Z'],
    ['K-2', hmrc, 'COMPLETED', '2026-06-30 22:00Z'],
    ['K-3', hmrc, 'COMPLETED', '2026-06-30 23:30Z'],
    ['K-4', police, 'OPEN', null],
    ['K-5', police, 'COMPLETED', '2025-12-01Z'],
  ];
  for (const [ref, agency, status, closed] of tasks) {
    await q(`INSERT INTO task (panel_id, reference, title, agency_id, status, closed_at) VALUES ($1, $2, 'Task', $3, $4, $5)`, [
      ref,
      agency,
      status,
      closed,
    ]);
  }
}
