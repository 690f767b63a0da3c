import type { DisruptionImpact, FourPStrand, GscMarking, TacticHeading } from '@sentinel/shared';
import type { DrugSeizure } from './disruption.entity.js';
import { OUTCOME_COUNTS, type OutcomeCount } from './disruption.inputs.js';
import type { DisruptionObject } from './disruption.object.js';

/** A disruption row as PostgreSQL returns it (numeric columns arrive as strings). */
export interface DisruptionRow extends Record<string, unknown> {
  id: string;
  panel_id: string;
  ocg_id: string;
  occurred_on: string;
  agency_id: string;
  strand: FourPStrand;
  tactic_heading: TacticHeading;
  description: string;
  impact: DisruptionImpact;
  rationale: string;
  custodial_years: string;
  cash_seized_gbp: string;
  drugs_seized: DrugSeizure[];
  gsc_marking: GscMarking;
  created_by: string | null;
  created_at: Date;
  updated_at: Date;
  version: number;
}

/** camelCase outcome name to its column. */
export const COUNT_COLUMNS: Record<OutcomeCount, string> = Object.fromEntries(
  OUTCOME_COUNTS.map((k) => [k, k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)]),
) as Record<OutcomeCount, string>;

/** The columns every read selects, for a table aliased `d`; the date as text so it stays a calendar day. */
export const DISRUPTION_COLUMNS = [
  'd.id, d.panel_id, d.ocg_id, d.occurred_on::text AS occurred_on, d.agency_id, d.strand, d.tactic_heading',
  'd.description, d.impact, d.rationale, d.custodial_years, d.cash_seized_gbp, d.drugs_seized, d.gsc_marking',
  'd.created_by, d.created_at, d.updated_at, d.version',
  ...Object.values(COUNT_COLUMNS).map((c) => `d.${c}`),
].join(', ');

export function toDisruptionObject(r: DisruptionRow): DisruptionObject {
  const counts = Object.fromEntries(OUTCOME_COUNTS.map((k) => [k, Number(r[COUNT_COLUMNS[k]])])) as Record<OutcomeCount, number>;
  return {
    id: r.id,
    panelId: r.panel_id,
    ocgId: r.ocg_id,
    occurredOn: r.occurred_on,
    agencyId: r.agency_id,
    strand: r.strand,
    tacticHeading: r.tactic_heading,
    description: r.description,
    impact: r.impact,
    rationale: r.rationale,
    outcomes: {
      ...counts,
      custodialYears: Number(r.custodial_years),
      cashSeizedGbp: Number(r.cash_seized_gbp),
      drugsSeized: r.drugs_seized.map((d) => ({ type: d.type, kg: Number(d.kg) })),
    },
    gscMarking: r.gsc_marking,
    createdByUserId: r.created_by,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    version: r.version,
  };
}
