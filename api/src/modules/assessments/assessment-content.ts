import type { EntityManager } from 'typeorm';

/** The sections a chair can annotate, in the order the document shows them (the same list as the web's). */
export { ASSESSMENT_SECTIONS, type AssessmentSection } from '@sentinel/shared';

const CLOSED = `('DISMANTLED','ARCHIVED')`;

/** yyyy-mm-dd shifted by whole months (clamped to the month's end, as date arithmetic in the database does). */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}

/** Least-squares line through equally spaced counts, one step on; never below zero. */
export function project(counts: number[]): number {
  const n = counts.length;
  const meanX = (n - 1) / 2;
  const meanY = counts.reduce((a, b) => a + b, 0) / n;
  let num = 0;
  let den = 0;
  counts.forEach((y, x) => {
    num += (x - meanX) * (y - meanY);
    den += (x - meanX) ** 2;
  });
  const slope = den === 0 ? 0 : num / den;
  return Math.max(0, Math.round((meanY + slope * (n - meanX)) * 10) / 10);
}

/**
 * The figures of a six-monthly assessment for [from, to]: three six-month periods (oldest first, the last
 * being the assessed one). Six statements whatever the data size; each answers one section.
 */
export async function buildAssessmentContent(m: EntityManager, panelId: string, from: string, to: string): Promise<Record<string, unknown>> {
  const starts = [addMonths(from, -12), addMonths(from, -6), from];
  // Each period ends the day before the next begins.
  const periods = starts.map((start, i) => ({ from: start, to: i < 2 ? dayBefore(starts[i + 1]) : to }));

  const monthly: { month: string; average_score: string | null; groups: number; new_groups: number }[] = await m.query(
    `SELECT to_char(mo, 'YYYY-MM') AS month,
            (SELECT round(avg(s.total), 1) FROM (SELECT DISTINCT ON (ocg_id) total FROM ocg_score
                      WHERE panel_id = $1 AND scored_at < mo + interval '1 month' ORDER BY ocg_id, scored_at DESC) s) AS average_score,
            (SELECT count(*)::int FROM ocg o WHERE o.panel_id = $1 AND COALESCE(o.date_mapped, o.created_at::date) < mo + interval '1 month'
                AND NOT (o.status IN ${CLOSED} AND o.status_changed_at < mo)) AS groups,
            (SELECT count(*)::int FROM ocg o WHERE o.panel_id = $1 AND COALESCE(o.date_mapped, o.created_at::date) >= mo
                AND COALESCE(o.date_mapped, o.created_at::date) < mo + interval '1 month') AS new_groups
       FROM generate_series(date_trunc('month', $2::date), date_trunc('month', $3::date), interval '1 month') AS mo
      ORDER BY mo`,
    [panelId, starts[0], to],
  );

  const crime: { crime_type: string; p0: number; p1: number; p2: number }[] = await m.query(
    `SELECT ct AS crime_type,
            count(*) FILTER (WHERE live_in($2, $3))::int AS p0, count(*) FILTER (WHERE live_in($4, $5))::int AS p1,
            count(*) FILTER (WHERE live_in($6, $7))::int AS p2
       FROM (SELECT o.*, unnest(o.crime_types) AS ct FROM ocg o WHERE o.panel_id = $1) g
      GROUP BY ct ORDER BY ct`.replace(
      /live_in\((\$\d), (\$\d)\)/g,
      (_s, a: string, b: string) =>
        `COALESCE(g.date_mapped, g.created_at::date) <= ${b}::date AND NOT (g.status IN ${CLOSED} AND g.status_changed_at::date < ${a}::date)`,
    ),
    [panelId, periods[0].from, periods[0].to, periods[1].from, periods[1].to, periods[2].from, periods[2].to],
  );

  const threats: { id: string; title: string; crime_type: string | null; area: string | null; status: string; raised_on: string }[] = await m.query(
    `SELECT id, title, crime_type, area, status, to_char(created_at AT TIME ZONE 'Europe/London', 'YYYY-MM-DD') AS raised_on FROM emerging_threat
      WHERE panel_id = $1 AND created_at::date BETWEEN $2::date AND $3::date ORDER BY created_at, id`,
    [panelId, from, to],
  );

  const places: { area: string | null; n: number }[] = await m.query(
    `SELECT area, count(*)::int AS n FROM place WHERE panel_id = $1 AND high_harm GROUP BY area ORDER BY area NULLS LAST`,
    [panelId],
  );

  const outcomes: Record<string, string | number | null>[] = await m.query(
    `SELECT CASE WHEN d.occurred_on >= $2::date THEN 'current' ELSE 'previous' END AS period,
            count(*)::int AS disruptions,
            count(*) FILTER (WHERE impact = 'MAJOR')::int AS major, count(*) FILTER (WHERE impact = 'MODERATE')::int AS moderate,
            count(*) FILTER (WHERE impact = 'MINOR')::int AS minor, count(*) FILTER (WHERE impact = 'NONE')::int AS none,
            count(*) FILTER (WHERE impact = 'NEGATIVE')::int AS negative,
            sum(arrests)::int AS arrests, sum(charges)::int AS charges, sum(custodial_years)::float AS custodial_years,
            sum(cash_seized_gbp)::float AS cash_seized_gbp, sum(firearms)::int AS firearms, sum(rounds)::int AS rounds,
            sum(children_safeguarded)::int AS children_safeguarded, sum(adults_safeguarded)::int AS adults_safeguarded,
            sum(restraint_orders)::int AS restraint_orders
       FROM disruption d WHERE d.panel_id = $1 AND d.occurred_on BETWEEN $3::date AND $4::date
      GROUP BY 1`,
    [panelId, from, periods[1].from, to],
  );

  const covered = threats.filter((t) => t.status === 'DISCUSSED' || t.status === 'TASKED').length;
  const empty = { disruptions: 0, major: 0, moderate: 0, minor: 0, none: 0, negative: 0 };
  return {
    periodFrom: from,
    periodTo: to,
    periods,
    trends: monthly.map((r) => ({
      month: r.month,
      averageScore: r.average_score === null ? null : Number(r.average_score),
      groups: r.groups,
      newGroups: r.new_groups,
    })),
    crimeTypes: crime.map((c) => ({
      crimeType: c.crime_type,
      counts: [c.p0, c.p1, c.p2],
      previous: c.p1,
      current: c.p2,
      change: c.p2 - c.p1,
      predicted: project([c.p0, c.p1, c.p2]),
    })),
    predictedLabel: 'predicted: a straight line through the last three periods, not a forecast of intelligence',
    emergingThreats: {
      raised: threats.length,
      discussedOrTasked: covered,
      coverage: threats.length ? Math.round((covered / threats.length) * 100) / 100 : null,
      items: threats.map((t) => ({ id: t.id, title: t.title, crimeType: t.crime_type, area: t.area, status: t.status, raisedOn: t.raised_on })),
    },
    highHarmPlaces: { count: places.reduce((a, p) => a + p.n, 0), byArea: places.map((p) => ({ area: p.area ?? 'Unknown', count: p.n })) },
    outcomes: {
      current: outcomes.find((o) => o.period === 'current') ?? empty,
      previous: outcomes.find((o) => o.period === 'previous') ?? empty,
    },
  };
}

function dayBefore(isoDate: string): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
