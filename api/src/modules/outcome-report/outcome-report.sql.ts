/*
 * The outcome report in one statement. $1 panel, $2 first day, $3 last day (London dates, inclusive).
 * Definitions, as the report's notes state them:
 * - referrals received: created in the period; accepted: decided ACCEPTED in the period;
 * - operations adopted: referrals accepted in the period into a group created after the referral arrived
 *   (a new operation, not an addition to one already running);
 * - groups mapped: mapping date (or, when none is recorded, the creation day) in the period;
 * - groups dismantled: status now DISMANTLED, changed in the period;
 * - nominals and vehicles identified: records created in the period (a nominal since disposed of counts by its
 *   erasure record, which keeps when it was first held);
 * - seizures and outcomes: sums over the disruptions that occurred in the period;
 * - threat change: per group disrupted in the period, the last score before its first disruption in the
 *   period against its latest score. A group first scored only after that disruption (groups mapped before the
 *   panel scored them) has its first assessment as the score before: the earliest view of its threat on record.
 */
export const OUTCOME_REPORT_SQL = `
WITH p AS (
  SELECT $1::uuid AS panel_id, $2::date AS from_d, $3::date AS to_d,
         ($2::date)::timestamp AT TIME ZONE 'Europe/London' AS from_ts,
         ($3::date + 1)::timestamp AT TIME ZONE 'Europe/London' AS to_ts
),
d AS (SELECT d.* FROM disruption d, p WHERE d.panel_id = p.panel_id AND d.occurred_on BETWEEN p.from_d AND p.to_d),
accepted AS (
  SELECT r.* FROM referral r, p
   WHERE r.panel_id = p.panel_id AND r.status = 'ACCEPTED' AND r.decided_at >= p.from_ts AND r.decided_at < p.to_ts
),
change AS (
  SELECT o.reference, o.name, COALESCE(b.total, f.total) AS before, o.score_total AS latest
    FROM (SELECT ocg_id, min(occurred_on) AS first_on FROM d GROUP BY ocg_id) x
    JOIN ocg o ON o.id = x.ocg_id
    LEFT JOIN LATERAL (SELECT s.total FROM ocg_score s
                        WHERE s.ocg_id = o.id AND s.scored_at < (x.first_on::timestamp AT TIME ZONE 'Europe/London')
                        ORDER BY s.scored_at DESC LIMIT 1) b ON true
    LEFT JOIN LATERAL (SELECT s.total FROM ocg_score s WHERE s.ocg_id = o.id ORDER BY s.scored_at LIMIT 1) f ON true
)
SELECT json_build_object(
  'referralsReceived', (SELECT count(*)::int FROM referral r, p WHERE r.panel_id = p.panel_id AND r.created_at >= p.from_ts AND r.created_at < p.to_ts),
  'referralsAccepted', (SELECT count(*)::int FROM accepted),
  'operationsAdopted', (SELECT count(*)::int FROM accepted a JOIN ocg o ON o.id = a.ocg_id WHERE o.created_at >= a.created_at),
  'groupsMapped', (SELECT count(*)::int FROM ocg o, p WHERE o.panel_id = p.panel_id
      AND COALESCE(o.date_mapped, (o.created_at AT TIME ZONE 'Europe/London')::date) BETWEEN p.from_d AND p.to_d),
  'groupsDismantled', (SELECT count(*)::int FROM ocg o, p WHERE o.panel_id = p.panel_id AND o.status = 'DISMANTLED'
      AND o.status_changed_at >= p.from_ts AND o.status_changed_at < p.to_ts),
  'nominalsIdentified', (SELECT count(*)::int FROM nominal n, p WHERE n.panel_id = p.panel_id AND n.created_at >= p.from_ts AND n.created_at < p.to_ts)
    + (SELECT count(*)::int FROM record_review r, p WHERE r.panel_id = p.panel_id AND r.decision = 'DISPOSE'
          AND r.held_since >= p.from_ts AND r.held_since < p.to_ts),
  'vehiclesIdentified', (SELECT count(*)::int FROM vehicle v, p WHERE v.panel_id = p.panel_id AND v.created_at >= p.from_ts AND v.created_at < p.to_ts),
  'sums', (SELECT json_build_object(
      'disruptions', count(*)::int, 'arrests', COALESCE(sum(arrests), 0)::int, 'charges', COALESCE(sum(charges), 0)::int,
      'custodialYears', COALESCE(sum(custodial_years), 0)::float8, 'cashSeizedGbp', COALESCE(sum(cash_seized_gbp), 0)::float8,
      'firearms', COALESCE(sum(firearms), 0)::int, 'rounds', COALESCE(sum(rounds), 0)::int,
      'childrenSafeguarded', COALESCE(sum(children_safeguarded), 0)::int, 'adultsSafeguarded', COALESCE(sum(adults_safeguarded), 0)::int,
      'restraintOrders', COALESCE(sum(restraint_orders), 0)::int, 'licencesReviewed', COALESCE(sum(licences_reviewed), 0)::int,
      'licencesRevoked', COALESCE(sum(licences_revoked), 0)::int, 'taxActions', COALESCE(sum(tax_actions), 0)::int,
      'benefitActions', COALESCE(sum(benefit_actions), 0)::int, 'premisesClosed', COALESCE(sum(premises_closed), 0)::int,
      'vehiclesSeized', COALESCE(sum(vehicles_seized), 0)::int) FROM d),
  'drugs', (SELECT COALESCE(json_agg(x ORDER BY x.type), '[]') FROM
      (SELECT e->>'type' AS type, sum((e->>'kg')::numeric)::float8 AS kg FROM d, jsonb_array_elements(d.drugs_seized) e GROUP BY 1) x),
  'scoreChanges', (SELECT COALESCE(json_agg(x ORDER BY x.reference), '[]') FROM change x),
  'agencies', (SELECT COALESCE(json_agg(x ORDER BY x."agencyName"), '[]') FROM
      (SELECT a.id AS "agencyId", a.name AS "agencyName",
              (SELECT count(*)::int FROM task t WHERE t.agency_id = a.id AND t.panel_id = p.panel_id AND t.status = 'COMPLETED'
                  AND t.closed_at >= p.from_ts AND t.closed_at < p.to_ts) AS "tasksCompleted",
              (SELECT json_build_object('MAJOR', count(*) FILTER (WHERE impact = 'MAJOR'), 'MODERATE', count(*) FILTER (WHERE impact = 'MODERATE'),
                  'MINOR', count(*) FILTER (WHERE impact = 'MINOR'), 'NONE', count(*) FILTER (WHERE impact = 'NONE'),
                  'NEGATIVE', count(*) FILTER (WHERE impact = 'NEGATIVE'), 'total', count(*)) FROM d WHERE d.agency_id = a.id) AS disruptions
         FROM agency a, p WHERE a.panel_id = p.panel_id) x)
) AS report`;

/**
 * The same statement for several panels at once, one row (panel_id, report) per panel: each panel's report is the
 * very text above, so a region's figures are its panels' own. $1 panels (uuid[]), $2 and $3 as above.
 */
export const OUTCOME_REPORT_BY_PANEL_SQL = `
SELECT x.panel_id, r.report FROM unnest($1::uuid[]) AS x(panel_id)
 CROSS JOIN LATERAL (${OUTCOME_REPORT_SQL.replace('$1::uuid AS panel_id', 'x.panel_id AS panel_id')}) r`;
