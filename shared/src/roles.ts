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
