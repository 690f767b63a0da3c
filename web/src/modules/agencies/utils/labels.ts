import { AGENCY_KIND_LABELS, TACTIC_HEADING_LABELS, type AgencyKind, type TacticHeading } from '@sentinel/shared';

export function kindLabel(kind: AgencyKind): string {
  return AGENCY_KIND_LABELS[kind] ?? kind;
}

export function tacticHeadingsLabel(headings: readonly TacticHeading[]): string {
  return headings.length ? headings.map((h) => TACTIC_HEADING_LABELS[h] ?? h).join(', ') : 'None';
}
