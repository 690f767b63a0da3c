import { PERMISSIONS } from '@sentinel/shared';
import type { AccessService } from '../../core/access/access.service.js';
import type { RequestContext } from '../../core/access/request-context.js';

/**
 * The one rule for who reads which referral: assessors (police roles and those who run the panel) every referral
 * of their panels, a referring agency its own. `param` places a value in the caller's statement and returns its
 * placeholder, so the rule fits positional (`$n`) and named (`:name`) statements alike.
 */
export function referralCondition(access: AccessService, ctx: RequestContext, alias: string, param: (value: unknown) => string): string {
  const viewer = access.requireViewer(ctx);
  const assess = access.scope(ctx, PERMISSIONS.REFERRAL_ASSESS);
  if (assess.all) return 'TRUE';
  const create = access.scope(ctx, PERMISSIONS.REFERRAL_CREATE);
  const createPanels = create.all ? [] : create.panelIds;
  return `(${alias}.panel_id = ANY(${param(assess.panelIds)}) OR (${alias}.panel_id = ANY(${param(createPanels)}) AND ${alias}.from_agency_id = CAST(${param(viewer.agencyId)} AS uuid)))`;
}

/** The rule with named parameters, for query builders and `escapeQueryWithParameters`. */
export function visibleReferrals(access: AccessService, ctx: RequestContext, alias = 'r'): { sql: string; params: Record<string, unknown> } {
  const params: Record<string, unknown> = {};
  const sql = referralCondition(access, ctx, alias, (value) => {
    const key = `${alias}Referral${Object.keys(params).length}`;
    params[key] = value;
    return `:${key}`;
  });
  return { sql, params };
}
