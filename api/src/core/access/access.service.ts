import { Injectable } from '@nestjs/common';
import {
  ADMIN_PANEL_PERMISSIONS,
  ADMIN_PERMISSIONS,
  ANONYMOUS_PERMISSIONS,
  grants,
  REGION_ROLE_PERMISSIONS,
  SIGNED_IN_PERMISSIONS,
  type Permission,
} from '@sentinel/shared';
import { AppError } from '../errors/app-error.js';
import type { RequestContext, Viewer } from './request-context.js';

/** The panels in which a caller holds a permission: every panel, or a list to filter by. */
export type PanelScope = { all: true } | { all: false; panelIds: string[] };

/**
 * The one place that turns the policy in `@sentinel/shared` into answers. Services ask it for a scope and put
 * that scope into their SQL, so access is checked in bulk and a record outside it is simply not found.
 */
@Injectable()
export class AccessService {
  isAnonymousPermission(permission: Permission): boolean {
    return ANONYMOUS_PERMISSIONS.includes(permission);
  }

  holdsAnywhere(viewer: Viewer, permission: Permission): boolean {
    if (SIGNED_IN_PERMISSIONS.includes(permission)) return true;
    if (viewer.isAdmin && (ADMIN_PERMISSIONS.includes(permission) || ADMIN_PANEL_PERMISSIONS.includes(permission))) return true;
    if (viewer.regions.some((r) => REGION_ROLE_PERMISSIONS[r.role].includes(permission))) return true;
    return viewer.memberships.some((m) => grants(m.role, permission, viewer.agencyAllowsPersonalData));
  }

  holdsInPanel(viewer: Viewer, panelId: string, permission: Permission): boolean {
    if (viewer.isAdmin && ADMIN_PANEL_PERMISSIONS.includes(permission)) return true;
    return viewer.memberships.some((m) => m.panelId === panelId && grants(m.role, permission, viewer.agencyAllowsPersonalData));
  }

  /** The panels where the caller holds the permission (a system administrator's panel permissions hold in every one). */
  scope(ctx: RequestContext, permission: Permission): PanelScope {
    const viewer = this.requireViewer(ctx);
    if (viewer.isAdmin && ADMIN_PANEL_PERMISSIONS.includes(permission)) return { all: true };
    const panelIds = viewer.memberships.filter((m) => grants(m.role, permission, viewer.agencyAllowsPersonalData)).map((m) => m.panelId);
    return { all: false, panelIds };
  }

  /** Ids of the given panels that the caller may act in with this permission. */
  allowedPanelIds(ctx: RequestContext, panelIds: string[], permission: Permission): Set<string> {
    const viewer = this.requireViewer(ctx);
    return new Set(panelIds.filter((id) => this.holdsInPanel(viewer, id, permission)));
  }

  /**
   * For a record already found within the caller's read scope: FORBIDDEN when they may see it but not do
   * this to it.
   */
  requireInPanel(ctx: RequestContext, panelId: string, permission: Permission): Viewer {
    const viewer = this.requireViewer(ctx);
    if (!this.holdsInPanel(viewer, panelId, permission)) throw AppError.forbidden();
    return viewer;
  }

  /**
   * For a panel named by the caller: NOT_FOUND when they are not in it (a panel they cannot see answers like
   * one that does not exist), FORBIDDEN when they are but their role does not allow this.
   */
  requirePanel(ctx: RequestContext, panelId: string, permission: Permission): Viewer {
    const viewer = this.requireViewer(ctx);
    const member = viewer.isAdmin || viewer.memberships.some((m) => m.panelId === panelId);
    if (!member) throw AppError.notFound('Panel');
    return this.requireInPanel(ctx, panelId, permission);
  }

  /**
   * For a region named by the caller: NOT_FOUND when they do not work in it (as for a panel), FORBIDDEN when they do
   * but their role there does not allow this.
   */
  requireRegion(ctx: RequestContext, regionId: string, permission: Permission): Viewer {
    const viewer = this.requireViewer(ctx);
    const held = viewer.regions.find((r) => r.regionId === regionId);
    if (!held) throw AppError.notFound('Region');
    if (!REGION_ROLE_PERMISSIONS[held.role].includes(permission)) throw AppError.forbidden();
    return viewer;
  }

  /** For what concerns the deployment rather than a panel: FORBIDDEN unless the caller holds the permission. */
  requireHeld(ctx: RequestContext, permission: Permission): Viewer {
    const viewer = this.requireViewer(ctx);
    if (!this.holdsAnywhere(viewer, permission)) throw AppError.forbidden();
    return viewer;
  }

  requireViewer(ctx: RequestContext): Viewer {
    if (!ctx.viewer) throw AppError.unauthenticated();
    return ctx.viewer;
  }
}

/** SQL for "panel_id is in scope", with its parameter, for query builders. */
export function scopeCondition(scope: PanelScope, column: string): { sql: string; params: Record<string, unknown> } {
  if (scope.all) return { sql: 'TRUE', params: {} };
  return { sql: `${column} = ANY(:scopePanelIds)`, params: { scopePanelIds: scope.panelIds } };
}
