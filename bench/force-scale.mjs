// The generated force scale for `npm run bench`: added to the demo panel with INSERT ... SELECT generate_series,
// so the signed-in demo chair sees it. Deterministic (no random()), so runs compare.
export const FORCE_SCALE = {
  activeOcgs: 200,
  archivedOcgs: 800,
  nominals: 2000,
  intelligence: 10000,
  tasks: 5000,
  taskUpdates: 20000,
  meetings: 150,
};

export async function seedForceScale(client, panelId) {
  const S = FORCE_SCALE;
  const run = (sql, params = []) => client.query(sql, [panelId, ...params]);
  await run(`CREATE TEMP TABLE ag AS SELECT array_agg(id ORDER BY name) AS ids FROM agency WHERE panel_id = $1`);
  const AG = (i) => `(SELECT ids[1 + (${i}) % cardinality(ids)] FROM ag)`;
  await run(
    `INSERT INTO ocg (panel_id, reference, name, status, crime_types, areas, score_total, tier, date_mapped, created_at, status_changed_at)
     SELECT $1, 'G-' || lpad(i::text, 5, '0'), 'Generated group ' || i,
            CASE WHEN i <= $2 THEN (CASE WHEN i % 5 = 0 THEN 'EMERGING' ELSE 'ACTIVE' END) ELSE 'ARCHIVED' END,
            ARRAY[(ARRAY['DRUGS_SUPPLY','COUNTY_LINES_CCE','FIREARMS','FRAUD','ORGANISED_RETAIL_CRIME','MONEY_LAUNDERING'])[1 + i % 6]],
            ARRAY[(ARRAY['Northmoor North','Northmoor South','Eastvale','Westbridge'])[1 + i % 4]],
            10 + (i * 37) % 80, CASE WHEN 10 + (i * 37) % 80 >= 60 THEN 'Tier 1' WHEN 10 + (i * 37) % 80 >= 30 THEN 'Tier 2' ELSE 'Tier 3' END,
            current_date - (i % 1000), now() - (i % 1000) * interval '1 day', now() - (i % 700) * interval '1 day'
       FROM generate_series(1, $3) i`,
    [S.activeOcgs, S.activeOcgs + S.archivedOcgs],
  );
  await run(
    `INSERT INTO ocg_score (ocg_id, panel_id, harm_physical, harm_community, harm_geographic, harm_vulnerability, likelihood, capability, capacity,
                            confidence, scale_max, total, tier, scored_at)
     SELECT o.id, o.panel_id, 3, 3, 3, 3, 3, 3, 3, 'MEDIUM', 5, greatest(0, o.score_total - k * (CASE WHEN o.score_total % 2 = 0 THEN 4 ELSE -3 END)), o.tier,
            now() - (k * 45) * interval '1 day'
       FROM ocg o CROSS JOIN generate_series(0, 2) k WHERE o.panel_id = $1 AND o.reference LIKE 'G-%'`,
  );
  await run(
    `INSERT INTO nominal (panel_id, reference, surname, forenames, name_search, created_at)
     SELECT $1, 'GN-' || lpad(i::text, 5, '0'), 'Surname' || i, 'Forename' || i, 'forename' || i || ' surname' || i, now() - (i % 900) * interval '1 day'
       FROM generate_series(1, $2) i`,
    [S.nominals],
  );
  await run(
    `INSERT INTO ocg_nominal (ocg_id, nominal_id, role)
     SELECT o.id, n.id, (ARRAY['PRINCIPAL','SIGNIFICANT','PERIPHERAL','ASSOCIATE'])[1 + n.rn % 4]
       FROM (SELECT id, row_number() OVER (ORDER BY reference) AS rn FROM nominal WHERE panel_id = $1 AND reference LIKE 'GN-%') n
       JOIN (SELECT id, row_number() OVER (ORDER BY reference) AS rn FROM ocg WHERE panel_id = $1 AND reference LIKE 'G-%') o
         ON o.rn = 1 + (n.rn % $2) OR o.rn = 1 + ((n.rn * 7) % $3)
     ON CONFLICT DO NOTHING`,
    [S.activeOcgs, S.activeOcgs + S.archivedOcgs],
  );
  await run(
    `CREATE TEMP TABLE gocg AS SELECT id, row_number() OVER (ORDER BY reference) AS rn FROM ocg WHERE panel_id = $1 AND reference LIKE 'G-%'`,
  );
  await run(
    `INSERT INTO intelligence (panel_id, subject_kind, subject_id, recorded_on, submitting_agency_id, text, source_grade, intelligence_grade, handling)
     SELECT $1, 'OCG', g.id, current_date - (i % 700), ${AG('i')}, 'Generated entry ' || i, 'S1', 'B', 'P'
       FROM generate_series(1, $2) i JOIN gocg g ON g.rn = 1 + i % $3`,
    [S.intelligence, S.activeOcgs + S.archivedOcgs],
  );
  await run(
    `INSERT INTO disruption (panel_id, ocg_id, occurred_on, agency_id, strand, tactic_heading, description, impact, rationale, arrests, cash_seized_gbp, drugs_seized)
     SELECT $1, g.id, current_date - (i % 720), ${AG('i * 3')}, (ARRAY['PURSUE','PREVENT','PROTECT','PREPARE'])[1 + i % 4], 'CRIME', 'Generated',
            (ARRAY['MAJOR','MODERATE','MINOR','NONE','NEGATIVE'])[1 + i % 5], 'Generated', i % 3, (i % 50) * 100, '[{"type":"Cocaine","kg":0.5}]'
       FROM generate_series(1, 3000) i JOIN gocg g ON g.rn = 1 + i % $2`,
    [S.activeOcgs],
  );
  await run(
    `INSERT INTO task (panel_id, reference, title, agency_id, ocg_id, due_on, status, closed_at, not_done_cause, blocked_reason, created_at)
     SELECT $1, 'GT-' || lpad(i::text, 5, '0'), 'Generated task ' || i, ${AG('i')}, g.id, current_date + (i % 60) - 40,
            (ARRAY['OPEN','IN_PROGRESS','BLOCKED','COMPLETED','COMPLETED','NOT_DONE'])[1 + i % 6],
            CASE WHEN i % 6 >= 3 THEN now() - (i % 400) * interval '1 day' END,
            CASE WHEN i % 6 = 5 THEN 'AGENCY_DID_NOT_ACT' END, CASE WHEN i % 6 = 2 THEN 'Waiting' END, now() - (i % 500) * interval '1 day'
       FROM generate_series(1, $2) i JOIN gocg g ON g.rn = 1 + i % $3`,
    [S.tasks, S.activeOcgs],
  );
  await run(
    `INSERT INTO task_update (task_id, panel_id, kind, text, created_at)
     SELECT t.id, $1, 'NOTE', 'Generated update ' || k, t.created_at + k * interval '1 day'
       FROM task t CROSS JOIN generate_series(1, $2::int) k WHERE t.panel_id = $1 AND t.reference LIKE 'GT-%'`,
    [S.taskUpdates / S.tasks],
  );
  await run(
    `INSERT INTO meeting (panel_id, title, starts_at, ends_at, mode, status)
     SELECT $1, 'Generated panel ' || i, date_trunc('day', now()) - (i * 7) * interval '1 day' + interval '10 hours',
            date_trunc('day', now()) - (i * 7) * interval '1 day' + interval '12 hours', 'TEAMS', 'MINUTES_APPROVED'
       FROM generate_series(1, $2) i`,
    [S.meetings],
  );
  await run(
    `INSERT INTO emerging_threat (panel_id, title, description, crime_type, area, created_at)
     SELECT $1, 'Generated threat ' || i, 'Generated', 'FRAUD', 'Eastvale', now() - (i % 360) * interval '1 day' FROM generate_series(1, 300) i`,
  );
  await client.query('ANALYZE');
}
