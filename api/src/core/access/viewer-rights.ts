import type { Viewer } from './request-context.js';
import { sessionComplete } from './second-factor-gate.js';

const rightsByViewer = new WeakMap<Viewer, string>();

/**
 * Everything of a viewer that decides what they may see, as one text: two viewers with the same text are shown the
 * same. A change of name or email alone changes nothing shown. Worked out once per viewer read (a request's, or the
 * one a session's sockets share).
 */
export function rightsOf(viewer: Viewer): string {
  let rights = rightsByViewer.get(viewer);
  if (rights === undefined) {
    const memberships = viewer.memberships.map((m) => `${m.panelId}:${m.role}`).sort();
    const regions = viewer.regions.map((r) => `${r.regionId}:${r.role}`).sort();
    rights = JSON.stringify([
      viewer.userId,
      viewer.agencyId,
      viewer.agencyAllowsPersonalData,
      viewer.isAdmin,
      sessionComplete(viewer),
      memberships,
      regions,
    ]);
    rightsByViewer.set(viewer, rights);
  }
  return rights;
}
