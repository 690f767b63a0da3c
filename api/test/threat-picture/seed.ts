import type { DataSource } from 'typeorm';
import type { PanelFixture } from '../support/fixtures.js';

/**
 * `scale` groups (half active, a quarter dismantled, a quarter archived), each with two nominals, a score
 * history (half of them risen since, by 1 to 13 points), a disruption, a task and an emerging threat, all dated in
 * the last few months. Pure SQL, so a large seed is as quick as a small one.
 */
export async function seedPicture(ds: DataSource, p: PanelFixture, scale: number): Promise<void> {
  const police = p.agencies['Police SOC unit'];
  const hmrc = p.agencies.HMRC;
  await ds.query(
    `INSERT INTO ocg (panel_id, reference, name, status, crime_types, areas, score_total, tier, created_at, status_changed_at)
     SELECT $1, 'T-' || i, 'Group ' || i,
            CASE i % 4 WHEN 0 THEN 'ACTIVE' WHEN 1 THEN 'EMERGING' WHEN 2 THEN 'DISMANTLED' ELSE 'ARCHIVED' END,
            CASE WHEN i % 3 = 0 THEN ARRAY['DRUGS_SUPPLY','FIREARMS'] ELSE ARRAY['FRAUD'] END,
            CASE WHEN i % 2 = 0 THEN ARRAY['North'] ELSE ARRAY['South'] END,
            20 + i % 60, CASE WHEN 20 + i % 60 >= 60 THEN 'Tier 1' WHEN 20 + i % 60 >= 30 THEN 'Tier 2' ELSE 'Tier 3' END,
            now() - (i % 150) * interval '1 day', now() - (i % 90) * interval '1 day'
       FROM generate_series(1, $2) i`,
    [p.panelId, scale],
  );
  await ds.query(
    `INSERT INTO ocg_score (ocg_id, panel_id, harm_physical, harm_community, harm_geographic, harm_vulnerability, likelihood, capability, capacity,
                            confidence, scale_max, total, tier, scored_at)
     SELECT o.id, o.panel_id, 1, 1, 1, 1, 1, 1, 1, 'LOW', 5,
            o.score_total + CASE WHEN ROW_NUMBER() OVER () % 2 = 0 THEN -(1 + ROW_NUMBER() OVER () % 13) ELSE 5 END, 'Tier 3', now() - interval '120 days'
       FROM ocg o WHERE o.panel_id = $1`,
    [p.panelId],
  );
  await ds.query(
    `INSERT INTO nominal (panel_id, reference, surname, forenames)
     SELECT $1, 'TN-' || i, 'Surname' || i, 'Forename' || i FROM generate_series(1, $2 * 2) i`,
    [p.panelId, scale],
  );
  await ds.query(
    `INSERT INTO ocg_nominal (ocg_id, nominal_id, role)
     SELECT o.id, n.id, 'PRINCIPAL' FROM ocg o JOIN nominal n ON n.panel_id = o.panel_id
        AND (n.reference = 'TN-' || substr(o.reference, 3) OR n.reference = 'TN-' || (substr(o.reference, 3)::int + $2))
      WHERE o.panel_id = $1`,
    [p.panelId, scale],
  );
  await ds.query(
    `INSERT INTO disruption (panel_id, ocg_id, occurred_on, agency_id, strand, tactic_heading, description, impact, rationale, arrests)
     SELECT o.panel_id, o.id, current_date - (row_number() OVER () % 200)::int,
            CASE WHEN row_number() OVER () % 2 = 0 THEN $2::uuid ELSE $3::uuid END,
            (ARRAY['PURSUE','PREVENT','PROTECT','PREPARE'])[1 + row_number() OVER () % 4], 'CRIME', 'Warrant', 
            (ARRAY['MAJOR','MODERATE','MINOR','NONE'])[1 + row_number() OVER () % 4], 'Because', 1
       FROM ocg o WHERE o.panel_id = $1`,
    [p.panelId, police, hmrc],
  );
  await ds.query(
    `INSERT INTO task (panel_id, reference, title, agency_id, ocg_id, due_on, status, closed_at, not_done_cause)
     SELECT o.panel_id, 'TT-' || o.reference, 'Task on ' || o.reference, CASE WHEN o.score_total % 2 = 0 THEN $2::uuid ELSE $3::uuid END, o.id,
            current_date + ((o.score_total % 20) - 10) * 3,
            (ARRAY['OPEN','IN_PROGRESS','COMPLETED','NOT_DONE'])[1 + o.score_total % 4],
            CASE WHEN o.score_total % 4 >= 2 THEN now() - interval '3 days' END,
            CASE WHEN o.score_total % 4 = 3 THEN 'AGENCY_DID_NOT_ACT' END
       FROM ocg o WHERE o.panel_id = $1`,
    [p.panelId, police, hmrc],
  );
  await ds.query(
    `INSERT INTO emerging_threat (panel_id, title, description, crime_type, area, created_at)
     SELECT $1, 'Threat ' || i, 'Seen in the town centre', CASE WHEN i % 2 = 0 THEN 'FRAUD' ELSE 'DRUGS_SUPPLY' END,
            CASE WHEN i % 2 = 0 THEN 'North' ELSE 'South' END, now() - (i % 100) * interval '1 day'
       FROM generate_series(1, $2) i`,
    [p.panelId, scale],
  );
}
