import type { OutcomeReportObject, OutcomeScoreChange } from './outcome-report.objects.js';

type Impacts = { MAJOR: number; MODERATE: number; MINOR: number; NONE: number; NEGATIVE: number; total: number };

/** The JSON the outcome report's statement answers with, for one panel. */
export interface OutcomeReportRow {
  referralsReceived: number;
  referralsAccepted: number;
  operationsAdopted: number;
  groupsMapped: number;
  groupsDismantled: number;
  nominalsIdentified: number;
  vehiclesIdentified: number;
  sums: Omit<
    OutcomeReportObject,
    | 'from'
    | 'to'
    | 'referralsReceived'
    | 'referralsAccepted'
    | 'operationsAdopted'
    | 'groupsMapped'
    | 'groupsDismantled'
    | 'nominalsIdentified'
    | 'vehiclesIdentified'
    | 'drugsSeized'
    | 'scoreChanges'
    | 'averageScoreChange'
    | 'agencies'
  >;
  drugs: { type: string; kg: number }[];
  scoreChanges: Omit<OutcomeScoreChange, 'change'>[];
  agencies: { agencyId: string; agencyName: string; tasksCompleted: number; disruptions: Impacts }[];
}

/** A mean to two places, or null for none. */
export function meanOf(values: number[]): number | null {
  return values.length ? Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 100) / 100 : null;
}

/** One panel's report from its statement's row; the definitions live beside the SQL (outcome-report.sql.ts). */
export function outcomeReportFromRow(r: OutcomeReportRow, from: string, to: string): OutcomeReportObject {
  const scoreChanges: OutcomeScoreChange[] = r.scoreChanges.map((g) => ({
    ...g,
    change: g.before !== null && g.latest !== null ? g.latest - g.before : null,
  }));
  return {
    from,
    to,
    referralsReceived: r.referralsReceived,
    referralsAccepted: r.referralsAccepted,
    operationsAdopted: r.operationsAdopted,
    groupsMapped: r.groupsMapped,
    groupsDismantled: r.groupsDismantled,
    nominalsIdentified: r.nominalsIdentified,
    vehiclesIdentified: r.vehiclesIdentified,
    ...r.sums,
    drugsSeized: r.drugs,
    scoreChanges,
    averageScoreChange: meanOf(scoreChanges.filter((g) => g.change !== null).map((g) => g.change!)),
    agencies: r.agencies.map((a) => ({
      agencyId: a.agencyId,
      agencyName: a.agencyName,
      tasksCompleted: a.tasksCompleted,
      disruptions: a.disruptions.total,
      major: a.disruptions.MAJOR,
      moderate: a.disruptions.MODERATE,
      minor: a.disruptions.MINOR,
      noImpact: a.disruptions.NONE,
      negative: a.disruptions.NEGATIVE,
    })),
  };
}
