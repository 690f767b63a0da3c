/** The dashboard's figures as the sections draw them; `fromApi` maps the API's answer onto this. */
export type CountRow = { label: string; count: number };
export type GroupRow = { id: string | null; reference: string; name: string; tier: string | null; score: number | null; change?: number | null };
export type MonthRow = { month: string; created: number; dismantled: number; archived: number };
/** Counts in one month (yyyy-mm) under each key of a fixed set: the 4P strands, or the impacts. */
export type MonthSeriesRow = { month: string; counts: Record<string, number> };
export type ThreatRow = { id: string; title: string; raisedOn: string; coverage: string[] };
/** Completed of those closed in the period; overdue of those open now (the API's two rates). */
export type AgencyTaskRow = { agency: string; total: number; completed: number; overdue: number; closed: number; open: number };

export type ThreatPictureView = {
  activeByTier: CountRow[];
  activeByCrimeType: CountRow[];
  topGroups: GroupRow[];
  /** The ten that rose most, and how many rose in all. */
  risers: GroupRow[];
  riserCount: number;
  groupsByMonth: MonthRow[];
  /** The ten raised most recently, how many were raised, and those by their latest outcome. */
  emergingThreats: ThreatRow[];
  emergingThreatCount: number;
  emergingThreatOutcomes: CountRow[];
  disruptionsByStrand: MonthSeriesRow[];
  disruptionsByImpact: MonthSeriesRow[];
  disruptionsByAgency: CountRow[];
  tasksByAgency: AgencyTaskRow[];
};

export const total = (rows: CountRow[]) => rows.reduce((sum, r) => sum + r.count, 0);

export const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 100));

const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
/** "2026-03" or "2026-03-01" becomes "Mar 2026". */
export function monthLabel(month: string): string {
  const date = new Date(`${month.slice(0, 7)}-01T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? month : monthFormat.format(date);
}
