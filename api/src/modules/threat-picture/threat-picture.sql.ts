/*
 * The whole threat picture in one statement, so the dashboard costs the same number of round trips whatever
 * the size of the panel's records (the bench runs this same text through `pg` as the floor). Parameters:
 * $1 panel, $2 first day, $3 last day (London dates, inclusive), $4 area or null, $5 crime type or null,
 * $6 today in London (for overdue tasks). Only counts and group-level fields leave it: never a nominal. Lists
 * are bounded (ten groups, ten threats) and come with the counts of the whole.
 */
export const THREAT_PICTURE_SQL = `
WITH p AS (
  SELECT $1::uuid AS panel_id, $2::date AS from_d, $3::date AS to_d, $4::text AS area, $5::text AS crime_type, $6::date AS today,
         ($2::date)::timestamp AT TIME ZONE 'Europe/London' AS from_ts,
         ($3::date + 1)::timestamp AT TIME ZONE 'Europe/London' AS to_ts
),
g AS (
  SELECT o.id, o.reference, o.name, o.status, o.tier, o.score_total, o.crime_types, o.created_at, o.status_changed_at
    FROM ocg o, p
   WHERE o.panel_id = p.panel_id
     AND (p.area IS NULL OR o.areas @> ARRAY[p.area])
     AND (p.crime_type IS NULL OR o.crime_types @> ARRAY[p.crime_type])
),
active AS (SELECT * FROM g WHERE status IN ('EMERGING','ACTIVE')),
months AS (
  SELECT to_char(m, 'YYYY-MM') AS month
    FROM p, generate_series(date_trunc('month', p.from_d), date_trunc('month', p.to_d), interval '1 month') m
),
-- "Since the last meeting": the start of the latest meeting already begun, or the start of the day 60 days
-- ago if none (a day, not an instant, so that the same request gives the same answer).
baseline AS (
  SELECT COALESCE((SELECT max(m.starts_at) FROM meeting m
                    WHERE m.panel_id = p.panel_id AND m.status <> 'CANCELLED' AND m.starts_at < now()),
                  (p.today - 60)::timestamp AT TIME ZONE 'Europe/London') AS at
    FROM p
),
rising AS (
  SELECT a.reference, a.name, a.tier, a.score_total AS current, prev.total AS previous
    FROM active a CROSS JOIN baseline b
    JOIN LATERAL (SELECT s.total FROM ocg_score s WHERE s.ocg_id = a.id AND s.scored_at <= b.at
                   ORDER BY s.scored_at DESC LIMIT 1) prev ON true
   WHERE a.score_total > prev.total
),
dis AS (
  SELECT d.strand, d.impact, d.agency_id, to_char(d.occurred_on, 'YYYY-MM') AS month
    FROM disruption d JOIN g ON g.id = d.ocg_id, p
   WHERE d.panel_id = p.panel_id AND d.occurred_on BETWEEN p.from_d AND p.to_d
),
threats AS (
  SELECT t.id, t.title, t.crime_type, t.area, to_char(t.created_at AT TIME ZONE 'Europe/London', 'YYYY-MM-DD') AS raised_on,
         COALESCE(o.outcome, 'NOT_YET_COVERED') AS outcome, t.created_at
    FROM emerging_threat t CROSS JOIN p
    LEFT JOIN LATERAL (SELECT x.outcome FROM emerging_threat_outcome x WHERE x.emerging_threat_id = t.id
                        ORDER BY x.recorded_at DESC LIMIT 1) o ON true
   WHERE t.panel_id = p.panel_id AND t.created_at >= p.from_ts AND t.created_at < p.to_ts
     AND (p.area IS NULL OR t.area = p.area) AND (p.crime_type IS NULL OR t.crime_type = p.crime_type)
),
-- One pass over the groups for the monthly series: a creation and a status change are two events of a group.
changes AS (
  SELECT e.month, count(*) FILTER (WHERE e.kind = 'CREATED')::int AS created,
         count(*) FILTER (WHERE e.kind = 'DISMANTLED')::int AS dismantled, count(*) FILTER (WHERE e.kind = 'ARCHIVED')::int AS archived
    FROM g CROSS JOIN p
    CROSS JOIN LATERAL (VALUES ('CREATED', g.created_at), (g.status, g.status_changed_at)) AS e0(kind, at)
    CROSS JOIN LATERAL (SELECT e0.kind, to_char(e0.at AT TIME ZONE 'Europe/London', 'YYYY-MM') AS month) e
   WHERE e0.kind IN ('CREATED','DISMANTLED','ARCHIVED') AND e0.at >= p.from_ts AND e0.at < p.to_ts
   GROUP BY e.month
),
-- With an area or crime type chosen, only tasks on the matching groups count; otherwise every task.
tk AS (
  SELECT t.agency_id, t.status, t.closed_at, t.due_on FROM task t, p
   WHERE t.panel_id = p.panel_id
     AND ((p.area IS NULL AND p.crime_type IS NULL) OR t.ocg_id IN (SELECT id FROM g))
)
SELECT json_build_object(
  'activeByTier', (SELECT COALESCE(json_agg(x ORDER BY x.key), '[]') FROM
      (SELECT COALESCE(tier, 'Unscored') AS key, count(*)::int AS count FROM active GROUP BY 1) x),
  'activeByCrimeType', (SELECT COALESCE(json_agg(x ORDER BY x.count DESC, x.key), '[]') FROM
      (SELECT ct AS key, count(*)::int AS count FROM active, unnest(active.crime_types) ct GROUP BY 1) x),
  'activeCount', (SELECT count(*)::int FROM active),
  'topGroups', (SELECT COALESCE(json_agg(x ORDER BY x.score DESC, x.reference), '[]') FROM
      (SELECT reference, name, tier, score_total AS score FROM active WHERE score_total IS NOT NULL
        ORDER BY score_total DESC, reference LIMIT 10) x),
  'baselineAt', (SELECT at FROM baseline),
  'risingCount', (SELECT count(*)::int FROM rising),
  'risingGroups', (SELECT COALESCE(json_agg(x ORDER BY x.current - x.previous DESC, x.reference), '[]') FROM
      (SELECT * FROM rising ORDER BY current - previous DESC, reference LIMIT 10) x),
  'groupChanges', (SELECT json_agg(json_build_object('month', m.month, 'created', COALESCE(c.created, 0),
      'dismantled', COALESCE(c.dismantled, 0), 'archived', COALESCE(c.archived, 0)) ORDER BY m.month)
      FROM months m LEFT JOIN changes c ON c.month = m.month),
  'emergingThreatCount', (SELECT count(*)::int FROM threats),
  'emergingThreatOutcomes', (SELECT COALESCE(json_agg(x ORDER BY x.key), '[]') FROM
      (SELECT outcome AS key, count(*)::int AS count FROM threats GROUP BY 1) x),
  'emergingThreats', (SELECT COALESCE(json_agg(json_build_object('id', id, 'title', title, 'crimeType', crime_type, 'area', area,
      'raisedOn', raised_on, 'outcome', outcome) ORDER BY created_at DESC, id), '[]') FROM
      (SELECT * FROM threats ORDER BY created_at DESC, id LIMIT 10) x),
  'disruptionsByStrand', (SELECT COALESCE(json_agg(x ORDER BY x.month, x.key), '[]') FROM
      (SELECT month, strand AS key, count(*)::int AS count FROM dis GROUP BY 1, 2) x),
  'disruptionsByImpact', (SELECT COALESCE(json_agg(x ORDER BY x.month, x.key), '[]') FROM
      (SELECT month, impact AS key, count(*)::int AS count FROM dis GROUP BY 1, 2) x),
  'disruptionsByAgency', (SELECT COALESCE(json_agg(x ORDER BY x.month, x.label), '[]') FROM
      (SELECT dis.month, dis.agency_id::text AS key, a.name AS label, count(*)::int AS count
         FROM dis JOIN agency a ON a.id = dis.agency_id GROUP BY 1, 2, 3) x),
  'taskRates', (SELECT COALESCE(json_agg(x ORDER BY x."agencyName"), '[]') FROM
      (SELECT a.id AS "agencyId", a.name AS "agencyName",
              count(*) FILTER (WHERE tk.status = 'COMPLETED' AND tk.closed_at >= p.from_ts AND tk.closed_at < p.to_ts)::int AS completed,
              count(*) FILTER (WHERE tk.status IN ('COMPLETED','NOT_DONE') AND tk.closed_at >= p.from_ts AND tk.closed_at < p.to_ts)::int AS closed,
              count(*) FILTER (WHERE tk.status IN ('OPEN','IN_PROGRESS','BLOCKED'))::int AS open,
              count(*) FILTER (WHERE tk.status IN ('OPEN','IN_PROGRESS','BLOCKED') AND tk.due_on < p.today)::int AS overdue
         FROM tk JOIN agency a ON a.id = tk.agency_id CROSS JOIN p GROUP BY a.id, a.name) x)
) AS picture`;

/**
 * The same statement for several panels at once, one row (panel_id, picture) per panel: a region's figures are
 * summed from its panels' own pictures. $1 panels (uuid[]), $2 to $6 as above.
 */
export const THREAT_PICTURE_BY_PANEL_SQL = `
SELECT x.panel_id, r.picture FROM unnest($1::uuid[]) AS x(panel_id)
 CROSS JOIN LATERAL (${THREAT_PICTURE_SQL.replace('$1::uuid AS panel_id', 'x.panel_id AS panel_id')}) r`;
