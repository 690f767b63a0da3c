import { render } from '@testing-library/react';
import { useLayoutEffect, useMemo, type ReactNode } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { MemoryRouter, parsePath, useLocation, type Location } from 'react-router';
import { ROLE_PERMISSIONS, type PanelRole } from '@sentinel/shared';
import { ViewerQuery } from '../modules/app/graphql/viewer.query';
import { ClientLoaderContext } from '../modules/app/client-loader';
import { AppRoutes } from '../modules/app/components/AppRoutes';

type SecondFactor = { enrolled: boolean; required: boolean; verified: boolean };
/** `regions`: names of regional units the person is an analyst of. */
type ViewerOptions = { role?: PanelRole; panels?: number; secondFactor?: SecondFactor; regions?: string[] };
const VERIFIED: SecondFactor = { enrolled: true, required: true, verified: true };

export function viewerMock({ role = 'CHAIR', panels = 1, secondFactor = VERIFIED, regions = [] }: ViewerOptions = {}): MockLink.MockedResponse {
  const memberships = Array.from({ length: panels }, (_, i) => ({
    __typename: 'PanelMembership',
    panelId: `panel-${i + 1}`,
    role,
    permissions: [...ROLE_PERMISSIONS[role]],
    panel: { __typename: 'Panel', id: `panel-${i + 1}`, name: `Panel ${i + 1}`, code: `P${i + 1}`, forceName: 'Durham Constabulary' },
  }));
  return {
    request: { query: ViewerQuery },
    result: {
      data: {
        viewer: {
          __typename: 'Viewer',
          id: 'user-1',
          name: 'Alex Chair',
          email: 'alex@example.org',
          agencyId: 'agency-1',
          isAdmin: false,
          secondFactor: { __typename: 'SecondFactorState', ...secondFactor },
          agency: { __typename: 'Agency', id: 'agency-1', name: 'Durham Police' },
          memberships,
          regions: regions.map((name, i) => ({
            __typename: 'RegionMembership',
            regionId: `region-${i + 1}`,
            name,
            kind: 'REGIONAL',
            role: 'ANALYST',
          })),
        },
      },
    },
  };
}

/** The app loads its API client on first need (main.tsx); here that is the mocked one. */
function MockedClientLoader({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const loader = useMemo(() => ({ load: () => Promise.resolve(client), current: () => client }), [client]);
  return <ClientLoaderContext value={loader}>{children}</ClientLoaderContext>;
}

/**
 * The real route table in memory at `path`, so layouts, guards and pages are exercised as the browser would;
 * `router.state.location` follows where the app goes, as the app's own router does.
 */
export function routedApp(path: string, state?: unknown) {
  const router = { state: { location: { pathname: path } as Location } };
  const seen = (location: Location) => {
    router.state.location = location;
  };
  function LocationProbe() {
    const location = useLocation();
    useLayoutEffect(() => seen(location), [location]);
    return null;
  }
  const app = (
    <MemoryRouter initialEntries={[{ ...parsePath(path), state }]}>
      <LocationProbe />
      <AppRoutes />
    </MemoryRouter>
  );
  return { app, router };
}

export function renderRoute(path: string, mocks: ReadonlyArray<MockLink.MockedResponse> = []) {
  const { app, router } = routedApp(path);
  const utils = render(
    <MockedProvider mocks={mocks}>
      <MockedClientLoader>{app}</MockedClientLoader>
    </MockedProvider>,
  );
  return { ...utils, router };
}
