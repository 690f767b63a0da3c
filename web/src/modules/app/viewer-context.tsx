import { createContext, useContext, type ReactNode } from 'react';
import { mayActForAgency, type AgencyRight, type Permission } from '@sentinel/shared';
import type { ViewerQuery } from '../../gql/graphql';

export type ViewerData = ViewerQuery['viewer'];
export type Membership = ViewerData['memberships'][number];

export type ViewerContextValue = {
  viewer: ViewerData;
  membership: Membership | null;
  selectPanel: (panelId: string) => void;
};

const ViewerContext = createContext<ViewerContextValue | null>(null);

export function ViewerProvider({ value, children }: { value: ViewerContextValue; children: ReactNode }) {
  return <ViewerContext.Provider value={value}>{children}</ViewerContext.Provider>;
}

export function useViewer(): ViewerContextValue {
  const value = useContext(ViewerContext);
  if (!value) throw new Error('useViewer is used outside the signed-in layout');
  return value;
}

// The API decides the permissions; the web only reads them to hide what would be refused anyway.
export function holds(membership: Membership | null, permission: Permission): boolean {
  return Boolean(membership?.permissions.includes(permission));
}

/** The viewer where there is one: for parts of a form that add to it when signed in, and are left out elsewhere. */
export function useViewerIfAny(): ViewerContextValue | null {
  return useContext(ViewerContext);
}

export function useCan(permission: Permission): boolean {
  return holds(useViewer().membership, permission);
}

export function currentMembership(viewer: ViewerData, panelId: string | null): Membership | null {
  return viewer.memberships.find((m) => m.panelId === panelId) ?? viewer.memberships[0] ?? null;
}

/**
 * Whether the viewer may act on a record of a given agency (AGENCY_RIGHTS in shared: the rule the API applies),
 * so that a link or an agency choice is offered only where the server would accept it.
 */
export function useAgencyRight(right: AgencyRight): (recordAgencyId: string | null | undefined) => boolean {
  const { viewer, membership } = useViewer();
  return (recordAgencyId) => mayActForAgency((p) => holds(membership, p), viewer.agencyId, recordAgencyId, right);
}
