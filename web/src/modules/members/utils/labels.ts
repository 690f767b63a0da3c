import { PANEL_ROLES, PANEL_ROLE_LABELS, type PanelRole } from '@sentinel/shared';

export function roleLabel(role: PanelRole): string {
  return PANEL_ROLE_LABELS[role] ?? role;
}

export function roleOptions(roles: readonly PanelRole[]) {
  return roles.map((r) => ({ value: r, label: PANEL_ROLE_LABELS[r] }));
}

export const ROLE_OPTIONS = roleOptions(PANEL_ROLES);
