import {
  CHB_PHASES,
  CONFIDENCE_LEVELS,
  CRIME_TYPE_LABELS,
  GSC_MARKING_LABELS,
  NOMINAL_ROLE_LABELS,
  OCG_STATUS_LABELS,
  PLACE_KIND_LABELS,
  type ChbPhase,
  type Confidence,
  type CrimeType,
  type GscMarking,
  type NominalRole,
  type OcgStatus,
  type PlaceKind,
} from '@sentinel/shared';
import type { TagColour } from '../../../ui/Tag';

export const OCG_STATUS_COLOURS: Record<OcgStatus, TagColour> = {
  EMERGING: 'yellow',
  ACTIVE: 'red',
  DORMANT: 'grey',
  DISMANTLED: 'green',
  ARCHIVED: 'grey',
};

export function statusLabel(status: OcgStatus): string {
  return OCG_STATUS_LABELS[status] ?? status;
}

export function crimeTypesLabel(types: readonly CrimeType[]): string {
  return types.length ? types.map((t) => CRIME_TYPE_LABELS[t] ?? t).join(', ') : 'None recorded';
}

export function areasLabel(areas: readonly string[]): string {
  return areas.length ? areas.join(', ') : 'None recorded';
}

export function markingLabel(marking: GscMarking): string {
  return GSC_MARKING_LABELS[marking] ?? marking;
}

export function roleLabel(role: NominalRole): string {
  return NOMINAL_ROLE_LABELS[role] ?? role;
}

export function placeKindLabel(kind: PlaceKind): string {
  return PLACE_KIND_LABELS[kind] ?? kind;
}

export const CHB_PHASE_LABELS: Record<ChbPhase, string> = { CLEAR: 'Clear', HOLD: 'Hold', BUILD: 'Build' };
export const CHB_OPTIONS = CHB_PHASES.map((p) => ({ value: p, label: CHB_PHASE_LABELS[p] }));

export const CONFIDENCE_LABELS: Record<Confidence, string> = { LOW: 'Low', MEDIUM: 'Medium', HIGH: 'High' };
export const CONFIDENCE_OPTIONS = CONFIDENCE_LEVELS.map((c) => ({ value: c, label: CONFIDENCE_LABELS[c] }));

export function tierAndScore(tier: string | null | undefined, total: number | null | undefined): string {
  if (total === null || total === undefined) return 'Not scored';
  return tier ? `${tier} (${total})` : String(total);
}
