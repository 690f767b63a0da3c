import { CRIME_TYPE_LABELS, DISRUPTION_IMPACT_PHRASES, EMERGING_THREAT_OUTCOME_LABELS, FOUR_P_LABELS, regionDrugType } from '@sentinel/shared';
import { meanOf } from '../outcome-report/outcome-report.figures.js';
import type { OutcomeReportObject } from '../outcome-report/outcome-report.objects.js';
import type { ThreatPictureRow } from '../threat-picture/threat-picture.service.js';
import type { RegionOutcomeFiguresObject, RegionThreatFiguresObject } from './region.objects.js';

/** The outcome figures that add up across panels: every count and sum of the report. */
const ADDITIVE = [
  'referralsReceived',
  'referralsAccepted',
  'operationsAdopted',
  'groupsMapped',
  'groupsDismantled',
  'nominalsIdentified',
  'vehiclesIdentified',
  'disruptions',
  'arrests',
  'charges',
  'custodialYears',
  'cashSeizedGbp',
  'firearms',
  'rounds',
  'childrenSafeguarded',
  'adultsSafeguarded',
  'restraintOrders',
  'licencesReviewed',
  'licencesRevoked',
  'taxActions',
  'benefitActions',
  'premisesClosed',
  'vehiclesSeized',
] as const;

type Additive = (typeof ADDITIVE)[number];

/** Sums of money and years are kept to the penny and the month, as a float sum can drift. */
const round2 = (n: number) => Math.round(n * 100) / 100;

/** Drug seizures by published type (REGION_DRUG_TYPES): a type typed freely in a panel's record never leaves it. */
function drugsByType(seizures: { type: string; kg: number }[]): { type: string; kg: number }[] {
  const drugs = new Map<string, number>();
  for (const d of seizures) drugs.set(regionDrugType(d.type), (drugs.get(regionDrugType(d.type)) ?? 0) + d.kg);
  return [...drugs.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([type, kg]) => ({ type, kg: round2(kg) }));
}

/**
 * What of a panel's report leaves for a region: its figures, never its groups' names or its agencies, and its drug
 * seizures by published type.
 */
export function regionOutcomeFigures(report: OutcomeReportObject): RegionOutcomeFiguresObject & { changes: number[] } {
  const changes = report.scoreChanges.filter((g) => g.change !== null).map((g) => g.change!);
  const figures = Object.fromEntries(ADDITIVE.map((k) => [k, report[k]])) as Record<Additive, number>;
  return {
    ...figures,
    from: report.from,
    to: report.to,
    drugsSeized: drugsByType(report.drugsSeized),
    averageScoreChange: report.averageScoreChange,
    groupsCompared: changes.length,
    changes,
  };
}

/**
 * The region's total: each count summed; drugs summed by type; the average score change taken over every group
 * compared in any of the panels, as a panel's own is over its groups.
 */
export function sumOutcomeFigures(
  from: string,
  to: string,
  panels: (RegionOutcomeFiguresObject & { changes: number[] })[],
): RegionOutcomeFiguresObject {
  const total = Object.fromEntries(ADDITIVE.map((k) => [k, round2(panels.reduce((sum, p) => sum + p[k], 0))])) as Record<Additive, number>;
  const changes = panels.flatMap((p) => p.changes);
  return {
    ...total,
    from,
    to,
    drugsSeized: drugsByType(panels.flatMap((p) => p.drugsSeized)),
    averageScoreChange: meanOf(changes),
    groupsCompared: changes.length,
  };
}

type KeyCount = { key: string; count: number };

function countsByKey(rows: KeyCount[], labels?: Record<string, string>) {
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.key, (counts.get(r.key) ?? 0) + r.count);
  return [...counts.entries()]
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([key, count]) => ({ key, label: labels?.[key] ?? key, count }));
}

const OUTCOME_LABELS: Record<string, string> = { ...EMERGING_THREAT_OUTCOME_LABELS, NOT_YET_COVERED: 'Not yet covered' };
const rate = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 1000 : null);

/**
 * Counts from one or more panels' threat pictures, added up. A panel's picture also holds its top and rising groups,
 * its threats' titles and its agencies: none of it is read here, so none of it leaves for a region.
 */
export function regionThreatFigures(pictures: ThreatPictureRow[]): RegionThreatFiguresObject {
  const sum = (f: (p: ThreatPictureRow) => number) => pictures.reduce((n, p) => n + f(p), 0);
  const changes = pictures.flatMap((p) => p.groupChanges ?? []);
  const tasks = pictures.flatMap((p) => p.taskRates);
  const strands = pictures.flatMap((p) => p.disruptionsByStrand);
  const completed = tasks.reduce((n, t) => n + t.completed, 0);
  const closed = tasks.reduce((n, t) => n + t.closed, 0);
  const open = tasks.reduce((n, t) => n + t.open, 0);
  const overdue = tasks.reduce((n, t) => n + t.overdue, 0);
  return {
    activeGroups: sum((p) => p.activeCount),
    activeByTier: countsByKey(pictures.flatMap((p) => p.activeByTier)),
    activeByCrimeType: countsByKey(
      pictures.flatMap((p) => p.activeByCrimeType),
      CRIME_TYPE_LABELS as Record<string, string>,
    ),
    risingGroups: sum((p) => p.risingCount),
    groupsCreated: changes.reduce((n, c) => n + c.created, 0),
    groupsDismantled: changes.reduce((n, c) => n + c.dismantled, 0),
    groupsArchived: changes.reduce((n, c) => n + c.archived, 0),
    emergingThreats: sum((p) => p.emergingThreatCount),
    emergingThreatOutcomes: countsByKey(
      pictures.flatMap((p) => p.emergingThreatOutcomes),
      OUTCOME_LABELS,
    ),
    disruptions: strands.reduce((n, s) => n + s.count, 0),
    disruptionsByStrand: countsByKey(strands, FOUR_P_LABELS as Record<string, string>),
    disruptionsByImpact: countsByKey(
      pictures.flatMap((p) => p.disruptionsByImpact),
      DISRUPTION_IMPACT_PHRASES as Record<string, string>,
    ),
    tasksCompleted: completed,
    tasksClosed: closed,
    tasksOpen: open,
    tasksOverdue: overdue,
    completionRate: rate(completed, closed),
    overdueRate: rate(overdue, open),
  };
}
