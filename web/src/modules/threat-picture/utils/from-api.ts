import type { ThreatPictureQuery } from '../../../gql/graphql';
import type { CountRow, MonthSeriesRow, ThreatPictureView } from '../components/view';

type Api = ThreatPictureQuery['threatPicture'];
type MonthCount = { month: string; key: string; label: string; count: number };

const COVERAGE: Record<string, string[]> = {
  DISCUSSED: ['Discussed'],
  TASKED: ['Discussed', 'Tasked'],
  NO_ACTION: ['Discussed', 'No action needed'],
};

/** Monthly counts summed over the period, per key. */
function totals(rows: MonthCount[]): CountRow[] {
  const byKey = new Map<string, CountRow>();
  for (const r of rows) {
    const row = byKey.get(r.key) ?? { label: r.label, count: 0 };
    row.count += r.count;
    byKey.set(r.key, row);
  }
  return [...byKey.values()];
}

/** Every month of the period (and any month the API adds), with the counts under each key. */
function byMonth(rows: MonthCount[], months: string[]): MonthSeriesRow[] {
  const all = [...new Set([...months, ...rows.map((r) => r.month)])].sort();
  return all.map((month) => {
    const counts: Record<string, number> = {};
    for (const r of rows) if (r.month === month) counts[r.key] = (counts[r.key] ?? 0) + r.count;
    return { month, counts };
  });
}

export function fromApi(api: Api): ThreatPictureView {
  return {
    activeByTier: api.activeByTier.map((r) => ({ label: r.label, count: r.count })),
    activeByCrimeType: api.activeByCrimeType.map((r) => ({ label: r.label, count: r.count })),
    topGroups: api.topGroups.map((g) => ({ id: null, reference: g.reference, name: g.name, tier: g.tier ?? null, score: g.score })),
    risers: api.risingGroups.map((g) => ({
      id: null,
      reference: g.reference,
      name: g.name,
      tier: g.tier ?? null,
      score: g.current,
      change: g.current - g.previous,
    })),
    riserCount: api.risingCount,
    groupsByMonth: api.groupChanges.map((m) => ({ month: m.month, created: m.created, dismantled: m.dismantled, archived: m.archived })),
    emergingThreats: api.emergingThreats.map((t) => ({ id: t.id, title: t.title, raisedOn: t.raisedOn, coverage: COVERAGE[t.outcome] ?? [] })),
    emergingThreatCount: api.emergingThreatCount,
    emergingThreatOutcomes: api.emergingThreatOutcomes.map((r) => ({ label: r.label, count: r.count })),
    disruptionsByStrand: byMonth(
      api.disruptionsByStrand,
      api.groupChanges.map((m) => m.month),
    ),
    disruptionsByImpact: byMonth(
      api.disruptionsByImpact,
      api.groupChanges.map((m) => m.month),
    ),
    disruptionsByAgency: totals(api.disruptionsByAgency),
    tasksByAgency: api.taskRates.map((a) => ({
      agency: a.agencyName,
      total: a.closed + a.open,
      completed: a.completed,
      overdue: a.overdue,
      closed: a.closed,
      open: a.open,
    })),
  };
}
