import { PERMISSIONS, type ReferralStatus } from '@sentinel/shared';
import type { AccessService } from '../../core/access/access.service.js';
import type { RequestContext } from '../../core/access/request-context.js';
import { noteConsultation, WITHHELD_REASON } from '../../core/audit/consultation.js';
import type { ReferredOffender } from './referral.entity.js';
import type { ReferralObject } from './referral.object.js';

export interface ReferralRow {
  id: string;
  panel_id: string;
  reference: string;
  from_agency_id: string;
  on_behalf_of: string | null;
  summary: string;
  crime_references: string[];
  offenders: ReferredOffender[];
  vehicles: string[];
  places: string[];
  status: ReferralStatus;
  ocg_id: string | null;
  decline_reason: string | null;
  decided_at: Date | null;
  created_at: Date;
  updated_at: Date;
  version: number;
}

export const REFERRAL_COLUMNS = `r.id, r.panel_id, r.reference, r.from_agency_id, r.on_behalf_of, r.summary, r.crime_references,
  r.offenders, r.vehicles, r.places, r.status, r.ocg_id, r.decline_reason, r.decided_at, r.created_at, r.updated_at, r.version`;

/**
 * The one way a referral leaves the API. Offenders named in it are personal data: without the personal-data
 * permission in the referral's panel they are withheld (the count stays, so the assessor's picture is whole);
 * with it, the view is noted for the s.62 consultation log.
 */
export function presentReferral(ctx: RequestContext, access: AccessService, r: ReferralRow): ReferralObject {
  const allowed = Boolean(ctx.viewer && access.holdsInPanel(ctx.viewer, r.panel_id, PERMISSIONS.PERSONAL_DATA_READ));
  if (allowed && r.offenders.length) noteConsultation(ctx, r.panel_id, 'Referral', r.id);
  const withheld = !allowed && r.offenders.length > 0;
  return {
    id: r.id,
    panelId: r.panel_id,
    reference: r.reference,
    fromAgencyId: r.from_agency_id,
    onBehalfOf: r.on_behalf_of,
    summary: r.summary,
    crimeReferences: r.crime_references,
    offenders: r.offenders.map((o) =>
      allowed
        ? { name: o.name, dateOfBirth: o.dateOfBirth ?? null, description: o.description ?? null }
        : { name: null, dateOfBirth: null, description: null },
    ),
    offendersWithheld: withheld,
    withheldReason: withheld ? WITHHELD_REASON : null,
    vehicles: r.vehicles,
    places: r.places,
    status: r.status,
    ocgId: r.ocg_id,
    declineReason: r.decline_reason,
    decidedAt: r.decided_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    version: r.version,
  };
}
