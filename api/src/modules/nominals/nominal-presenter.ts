import { PERMISSIONS } from '@sentinel/shared';
import type { AccessService } from '../../core/access/access.service.js';
import type { RequestContext } from '../../core/access/request-context.js';
import { noteConsultation, WITHHELD_REASON } from '../../core/audit/consultation.js';
import type { NominalEntity } from './nominal.entity.js';
import type { NominalObject } from './nominal.object.js';

/** What of a nominal's row the API shows: a list of many reads no more than this. */
export const PRESENTED_NOMINAL = [
  'id',
  'panelId',
  'reference',
  'surname',
  'forenames',
  'aliases',
  'dateOfBirth',
  'isVulnerable',
  'isChild',
  'riskToOfficers',
  'nextReviewOn',
  'archivedAt',
  'gscMarking',
  'version',
] as const satisfies readonly (keyof NominalEntity)[];

export type PresentedNominal = Pick<NominalEntity, (typeof PRESENTED_NOMINAL)[number]>;

/**
 * The one way a nominal leaves the API. Without the personal-data permission in the nominal's panel the
 * names, aliases and date of birth are withheld; with it, the view is noted for the s.62 consultation log,
 * which is written once per request (see consultationLogPlugin).
 */
export function presentNominal(ctx: RequestContext, access: AccessService, n: PresentedNominal): NominalObject {
  const allowed = Boolean(ctx.viewer && access.holdsInPanel(ctx.viewer, n.panelId, PERMISSIONS.PERSONAL_DATA_READ));
  if (allowed) noteConsultation(ctx, n.panelId, 'Nominal', n.id);
  return {
    id: n.id,
    panelId: n.panelId,
    reference: n.reference,
    personalDataWithheld: !allowed,
    withheldReason: allowed ? null : WITHHELD_REASON,
    displayName: allowed ? fullName(n) : `${n.reference} (details withheld)`,
    surname: allowed ? n.surname : null,
    forenames: allowed ? n.forenames : null,
    aliases: allowed ? n.aliases : null,
    dateOfBirth: allowed ? n.dateOfBirth : null,
    isVulnerable: n.isVulnerable,
    isChild: n.isChild,
    riskToOfficers: n.riskToOfficers,
    nextReviewOn: n.nextReviewOn,
    archivedAt: n.archivedAt,
    gscMarking: n.gscMarking,
    version: n.version,
  };
}

export function fullName(n: Pick<NominalEntity, 'forenames' | 'surname'>): string {
  return [n.forenames, n.surname.toUpperCase()].filter(Boolean).join(' ');
}
