import {
  CROSS_PANEL_MATCH_KIND_LABELS,
  CROSS_PANEL_MATCH_STATUS_LABELS,
  type CrossPanelMatchKind,
  type CrossPanelMatchStatus,
} from '@sentinel/shared';
import type { TagColour } from '../../../ui/Tag';

export const kindLabel = (kind: CrossPanelMatchKind) => CROSS_PANEL_MATCH_KIND_LABELS[kind];
export const statusLabel = (status: CrossPanelMatchStatus) => CROSS_PANEL_MATCH_STATUS_LABELS[status];

export const STATUS_COLOURS: Record<CrossPanelMatchStatus, TagColour> = {
  AWAITING_US: 'orange',
  NEW: 'blue',
  AWAITING_OTHER: 'light-blue',
  SHARED: 'green',
  DECLINED: 'grey',
  CLOSED: 'grey',
};

/** Where this panel's own record of a hit is read. */
export function recordPath(kind: CrossPanelMatchKind, id: string): string | null {
  if (kind === 'NOMINAL') return `/nominals/${id}`;
  if (kind === 'OCG') return `/ocgs/${id}`;
  return null;
}
