import { PERMISSIONS, type PlaceKind } from '@sentinel/shared';
import type { AccessService } from '../../core/access/access.service.js';
import type { RequestContext } from '../../core/access/request-context.js';
import { noteConsultation, WITHHELD_REASON } from '../../core/audit/consultation.js';
import type { PlaceEntity } from './place.entity.js';
import type { PlaceObject } from './place.object.js';

/** A home address is personal data; businesses, premises and hotspots are not. */
export function isPersonalPlace(kind: PlaceKind | string): boolean {
  return kind === 'HOME';
}

/** What stands for a home address, and its exact position, where the viewer may not receive personal data. */
export function withheldPlaceLabel(area: string | null): string {
  return area ? `Home address in ${area}` : 'Home address';
}

type PlaceRef = Pick<PlaceEntity, 'id' | 'panelId' | 'kind'>;

/** Whether the viewer may see a place's label and position: a home address needs the personal-data permission in its panel. */
export function maySeePlace(ctx: RequestContext, access: AccessService, p: Pick<PlaceEntity, 'panelId' | 'kind'>): boolean {
  return !isPersonalPlace(p.kind) || Boolean(ctx.viewer && access.holdsInPanel(ctx.viewer, p.panelId, PERMISSIONS.PERSONAL_DATA_READ));
}

/**
 * The rule every view of a place applies as it shows it (presentPlace, and the link chart and the map for their own
 * rows): whether its label and position are shown, noting a home address shown for the s.62 consultation log.
 * Call it only for the places that are actually sent.
 */
export function showsPlace(ctx: RequestContext, access: AccessService, p: PlaceRef): boolean {
  const allowed = maySeePlace(ctx, access, p);
  if (allowed && isPersonalPlace(p.kind)) noteConsultation(ctx, p.panelId, 'Place', p.id);
  return allowed;
}

/**
 * The one way a place leaves the API as a record. Without the personal-data permission in the place's panel a
 * home address and its position are withheld; with it, the view is noted for the s.62 consultation log.
 */
export function presentPlace(ctx: RequestContext, access: AccessService, p: PlaceEntity): PlaceObject {
  const allowed = showsPlace(ctx, access, p);
  return {
    id: p.id,
    panelId: p.panelId,
    label: allowed ? p.label : withheldPlaceLabel(p.area),
    personalDataWithheld: !allowed,
    withheldReason: allowed ? null : WITHHELD_REASON,
    kind: p.kind,
    area: p.area,
    highHarm: p.highHarm,
    chbPhase: p.chbPhase,
    latitude: !allowed || p.latitude === null ? null : Number(p.latitude),
    longitude: !allowed || p.longitude === null ? null : Number(p.longitude),
    version: p.version,
  };
}
