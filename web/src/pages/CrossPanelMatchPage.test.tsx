import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { renderRoute, viewerMock } from '../test/render';
import { AgreeCrossPanelMatchMutation } from '../modules/cross-panel-matches/graphql/agree-cross-panel-match.mutation';
import { CrossPanelMatchDetailsQuery } from '../modules/cross-panel-matches/graphql/cross-panel-match-details.query';
import { CrossPanelMatchQuery } from '../modules/cross-panel-matches/graphql/cross-panel-match.query';

const match = (status: string, over: Record<string, unknown> = {}) => ({
  __typename: 'CrossPanelMatch',
  id: 'match-1',
  kind: 'NOMINAL',
  status,
  recordId: 'nominal-1',
  recordReference: 'N-0001',
  recordName: 'Dean HOLLIS',
  otherPanelName: 'Eastvale OCG Disruption Panel',
  otherPanelForce: 'Eastvale Constabulary',
  otherContacts: [{ __typename: 'CrossPanelContact', name: 'Det Supt Morgan Hale', email: 'chair@eastvale.police.example' }],
  foundAt: '2026-12-01T10:00:00Z',
  closedAt: null,
  agreedAt: null,
  agreedByName: null,
  declinedAt: null,
  declinedByName: null,
  otherAgreed: false,
  otherDeclined: false,
  version: 1,
  ...over,
});
const one = (m: ReturnType<typeof match>): MockLink.MockedResponse => ({
  request: { query: CrossPanelMatchQuery, variables: { id: 'match-1' } },
  result: { data: { crossPanelMatch: m } },
});

describe('a match with another panel', () => {
  it('names the other panel and whom to call, and agrees only after the confirm step', async () => {
    const user = userEvent.setup();
    const agreed = jest.fn(() => ({
      data: { agreeCrossPanelMatch: match('AWAITING_OTHER', { agreedAt: '2026-12-02T10:00:00Z', agreedByName: 'Alex Chair', version: 2 }) },
    }));
    renderRoute('/matches/match-1', [
      viewerMock(),
      one(match('NEW')),
      { request: { query: AgreeCrossPanelMatchMutation, variables: { input: { id: 'match-1', version: 1 } } }, result: agreed },
    ]);
    expect(await screen.findByRole('heading', { name: 'Dean HOLLIS', level: 1 }, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByText('Eastvale OCG Disruption Panel (Eastvale Constabulary)')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'chair@eastvale.police.example' })).toHaveAttribute('href', 'mailto:chair@eastvale.police.example');
    await user.click(screen.getByRole('button', { name: 'Agree to share details' }));
    expect(await screen.findByRole('heading', { name: 'Agree to share details with Eastvale OCG Disruption Panel?' })).toBeInTheDocument();
    expect(agreed).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Agree to share details' }));
    await waitFor(() => expect(agreed).toHaveBeenCalledTimes(1), { timeout: 5000 });
    expect(await screen.findByText('You agreed to share the details')).toBeInTheDocument();
    expect(screen.getByText('Details pass once Eastvale OCG Disruption Panel agrees too.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Agree to share details' })).not.toBeInTheDocument();
  }, 20_000);

  it('shows the other panel’s record once both agreed, with no answer left to give', async () => {
    renderRoute('/matches/match-1', [
      viewerMock(),
      one(match('SHARED', { agreedAt: '2026-12-02T10:00:00Z', otherAgreed: true })),
      {
        request: { query: CrossPanelMatchDetailsQuery, variables: { id: 'match-1' } },
        result: {
          data: {
            crossPanelMatchDetails: {
              __typename: 'CrossPanelMatchDetails',
              matchId: 'match-1',
              kind: 'NOMINAL',
              otherPanelName: 'Eastvale OCG Disruption Panel',
              reference: 'N-0001',
              nominal: {
                __typename: 'SharedNominalDetails',
                surname: 'Hollies',
                forenames: 'Dean Michael',
                aliases: ['Dino'],
                dateOfBirth: '1988-03-14',
              },
              vehicle: null,
              group: null,
            },
          },
        },
      },
    ]);
    const details = await screen.findByRole('region', { name: 'Details shared by Eastvale OCG Disruption Panel' }, { timeout: 5000 });
    expect(details).toHaveTextContent('Hollies');
    expect(details).toHaveTextContent('14 March 1988');
    expect(screen.queryByRole('button', { name: 'Decline' })).not.toBeInTheDocument();
  }, 20_000);

  it('is not a police member’s page', async () => {
    renderRoute('/matches/match-1', [viewerMock({ role: 'POLICE_MEMBER' })]);
    expect(await screen.findByRole('heading', { name: 'You do not have access to this page' }, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.queryByText('Dean HOLLIS')).not.toBeInTheDocument();
  });
});
