import type { RequestContext } from '../access/request-context.js';

/** What a viewer reads in place of personal data their agency may not receive. */
export const WITHHELD_REASON = 'Personal details are withheld: your agency has no information-sharing agreement in force that covers personal data.';

/**
 * Notes personal data shown in this request; the consultation log plugin writes every note of a request to the
 * audit trail (s.62 DPA 2018) in one statement when the response is sent.
 */
export function noteConsultation(ctx: RequestContext, panelId: string, entityType: string, entityId: string): void {
  ctx.consulted ??= new Map();
  ctx.consulted.set(`${entityType}:${entityId}`, { panelId, entityType, entityId });
}
