import type { ReactNode } from 'react';
import { render, renderHook, screen, waitFor, within } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { MemoryRouter } from 'react-router';
import { ROLE_PERMISSIONS, type PanelRole } from '@sentinel/shared';
import type { OcgDisruptionsQuery } from '../../../gql/graphql';
import { AgencyOptionsQuery } from '../../agencies/graphql/agency-options.query';
import { ViewerProvider, type ViewerContextValue } from '../../app/viewer-context';
import { COUNT_OUTCOMES } from '../utils/outcomes';
import { DisruptionLedger } from './DisruptionLedger';
import { useActingAgencies } from './useActingAgencies';

type Disruption = OcgDisruptionsQuery['ocg']['disruptions'][number];

// The viewer works for HMRC (agency-2).
function viewer(role: PanelRole): ViewerContextValue {
  const membership = { __typename: 'PanelMembership' as const, panelId: 'panel-1', role, permissions: [...ROLE_PERMISSIONS[role]] };
  return {
    viewer: { agencyId: 'agency-2', memberships: [membership] } as unknown as ViewerContextValue['viewer'],
    membership: membership as unknown as ViewerContextValue['membership'],
    selectPanel: () => undefined,
  };
}

function disruption(id: string, agencyId: string, agencyName: string): Disruption {
  return {
    id,
    occurredOn: '2026-03-01',
    strand: 'PURSUE',
    tacticHeading: 'BUSINESS',
    description: 'Premises licence review',
    impact: 'MODERATE',
    rationale: 'The front closed for six weeks.',
    agency: { id: agencyId, name: agencyName },
    outcomes: { ...Object.fromEntries(COUNT_OUTCOMES.map(([key]) => [key, 0])), custodialYears: 0, cashSeizedGbp: 0, drugsSeized: [] },
  } as unknown as Disruption;
}

const ledger = [disruption('d-1', 'agency-1', 'Durham Police'), disruption('d-2', 'agency-2', 'HM Revenue and Customs')];

function withViewer(role: PanelRole, mocks: MockLink.MockedResponse[] = []) {
  return ({ children }: { children: ReactNode }) => (
    <MockedProvider mocks={mocks}>
      <ViewerProvider value={viewer(role)}>
        <MemoryRouter>{children}</MemoryRouter>
      </ViewerProvider>
    </MockedProvider>
  );
}

describe('what the disruption ledger offers', () => {
  it('offers a partner "Change" only on its own agency’s disruptions', () => {
    render(<DisruptionLedger disruptions={ledger} ocgId="ocg-1" canWrite />, { wrapper: withViewer('PARTNER_MEMBER') });
    const [, police, hmrc] = screen.getAllByRole('row');
    expect(within(police).queryByRole('link', { name: /Change/ })).toBeNull();
    expect(within(hmrc).getByRole('link', { name: /Change/ })).toHaveAttribute('href', '/ocgs/ocg-1/disruptions/d-2/edit');
  });

  it('offers a record keeper "Change" on every disruption', () => {
    render(<DisruptionLedger disruptions={ledger} ocgId="ocg-1" canWrite />, { wrapper: withViewer('POLICE_MEMBER') });
    expect(screen.getAllByRole('link', { name: /Change/ })).toHaveLength(2);
  });

  it('offers a partner no choice of acting agency, and a record keeper every agency', async () => {
    const agencies = {
      request: { query: AgencyOptionsQuery, variables: { panelId: 'panel-1' } },
      result: {
        data: {
          agencies: {
            __typename: 'AgencyPage',
            totalCount: 2,
            nodes: [
              { __typename: 'Agency', id: 'agency-1', name: 'Durham Police' },
              { __typename: 'Agency', id: 'agency-2', name: 'HM Revenue and Customs' },
            ],
          },
        },
      },
    };
    const partner = renderHook(() => useActingAgencies('panel-1'), { wrapper: withViewer('PARTNER_MEMBER', [agencies]) });
    await waitFor(() => expect(partner.result.current.loading).toBe(false));
    expect(partner.result.current.agencies).toBeUndefined();
    const keeper = renderHook(() => useActingAgencies('panel-1'), { wrapper: withViewer('POLICE_MEMBER', [agencies]) });
    await waitFor(() => expect(keeper.result.current.loading).toBe(false));
    expect(keeper.result.current.agencies?.map((a) => a.label)).toEqual(['Durham Police', 'HM Revenue and Customs']);
  });
});
