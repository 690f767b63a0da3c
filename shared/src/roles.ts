export const PANEL_ROLES = ['CHAIR', 'COORDINATOR', 'POLICE_MEMBER', 'PARTNER_MEMBER', 'OBSERVER', 'DATA_PROTECTION_OFFICER'] as const;
export type PanelRole = (typeof PANEL_ROLES)[number];

export const PANEL_ROLE_LABELS: Record<PanelRole, string> = {
  CHAIR: 'Chair',
  COORDINATOR: 'Coordinator',
  POLICE_MEMBER: 'Police member',
  PARTNER_MEMBER: 'Partner member',
  OBSERVER: 'Observer',
  DATA_PROTECTION_OFFICER: 'Data protection officer',
};

/** Roles held in a region (a regional organised crime unit or a national unit): its analysts see figures only. */
export const REGION_ROLES = ['ANALYST'] as const;
export type RegionRole = (typeof REGION_ROLES)[number];
export const REGION_ROLE_LABELS: Record<RegionRole, string> = { ANALYST: 'Analyst' };

/** A regional organised crime unit covers several forces; a national unit (Opal) any panel in the country. */
export const REGION_KINDS = ['REGIONAL', 'NATIONAL'] as const;
export type RegionKind = (typeof REGION_KINDS)[number];
export const REGION_KIND_LABELS: Record<RegionKind, string> = { REGIONAL: 'Regional organised crime unit', NATIONAL: 'National unit' };
