import type { ThreatPictureQuery } from '../../../gql/graphql';
import type { CountRow, StrandMonthRow, ThreatPictureView } from '../components/view';

type Api = ThreatPictureQuery['threatPicture'];
type MonthCount = { month: string; key: string; label: string; count: number };

const COVERAGE: Record<string, string[]> = { DISCUSSED: ['Discussed'], TASKED: ['Discussed', 'Tasked'], NO_ACTION: ['Discussed', 'No action needed'] };

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

function byStrandMonth(rows: MonthCount[], months: string[]): StrandMonthRow[] {
  const all = [...new Set([...months, ...rows.map((r) => r.month)])].sort();
  return all.map((month) => {
    const row: StrandMonthRow = { month, PURSUE: 0, PREVENT: 0, PROTECT: 0, PREPARE: 0 };
    for (const r of rows) if (r.month === month && r.key in row) row[r.key as keyof Omit<StrandMonthRow, 'month'>] += r.count;
    return row;
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
    disruptionsByStrand: byStrandMonth(api.disruptionsByStrand, api.groupChanges.map((m) => m.month)),
    disruptionsByImpact: totals(api.disruptionsByImpact),
    disruptionsByAgency: totals(api.disruptionsByAgency),
    tasksByAgency: api.taskRates.map((a) => ({ agency: a.agencyName, total: a.closed + a.open, completed: a.completed, overdue: a.overdue, closed: a.closed, open: a.open })),
  };
}
