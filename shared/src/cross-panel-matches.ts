/** What two panels may both hold: a person (fuzzy name and date of birth), a vehicle (its plate) or a group (its name). */
export const CROSS_PANEL_MATCH_KINDS = ['NOMINAL', 'VEHICLE', 'OCG'] as const;
export type CrossPanelMatchKind = (typeof CROSS_PANEL_MATCH_KINDS)[number];
export const CROSS_PANEL_MATCH_KIND_LABELS: Record<CrossPanelMatchKind, string> = { NOMINAL: 'Nominal', VEHICLE: 'Vehicle', OCG: 'Group' };

/**
 * Where a hit stands, as one side sees it: new (neither side has agreed), waiting for the other side, waiting for
 * this side, shared (both agreed: details pass), declined (either side said no) or closed (the records no longer
 * match). The order is the order of a panel's list: what waits for this panel first.
 */
export const CROSS_PANEL_MATCH_STATUSES = ['AWAITING_US', 'NEW', 'AWAITING_OTHER', 'SHARED', 'DECLINED', 'CLOSED'] as const;
export type CrossPanelMatchStatus = (typeof CROSS_PANEL_MATCH_STATUSES)[number];
export const CROSS_PANEL_MATCH_STATUS_LABELS: Record<CrossPanelMatchStatus, string> = {
  AWAITING_US: 'The other panel has agreed to share',
  NEW: 'New',
  AWAITING_OTHER: 'Waiting for the other panel',
  SHARED: 'Details shared',
  DECLINED: 'Declined',
  CLOSED: 'No longer matches',
};

/** Statuses in which this side may still agree or decline. */
export const CROSS_PANEL_MATCH_UNDECIDED: readonly CrossPanelMatchStatus[] = ['AWAITING_US', 'NEW'];
