import { PANEL_ROLES, PANEL_ROLE_LABELS, type PanelRole } from '@sentinel/shared';

export function roleLabel(role: PanelRole): string {
  return PANEL_ROLE_LABELS[role] ?? role;
}

export const ROLE_OPTIONS = PANEL_ROLES.map((r) => ({ value: r, label: PANEL_ROLE_LABELS[r] }));
