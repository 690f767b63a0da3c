import { screen } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import type { PanelRole } from '@sentinel/shared';
import { renderRoute, viewerMock } from '../../../test/render';
import { PanelOverviewQuery } from '../graphql/panel-overview.query';

const overview: MockLink.MockedResponse = {
  request: { query: PanelOverviewQuery, variables: { panelId: 'panel-1' } },
  result: { data: { agencies: { __typename: 'AgencyPage', totalCount: 3 }, members: { __typename: 'MemberPage', totalCount: 9 } } },
};

const renderHome = (role: PanelRole) => renderRoute('/', [viewerMock({ role }), overview]);

describe('the panel overview', () => {
  it.each<PanelRole>(['CHAIR', 'COORDINATOR'])('links the %s to the scoring settings and the mail log', async (role) => {
    renderHome(role);
    expect(await screen.findByRole('link', { name: 'Scoring: the scale and the tiers' })).toHaveAttribute('href', '/panel/scoring');
    expect(screen.getByRole('link', { name: 'Mail to members: what was sent, and what did not go' })).toHaveAttribute('href', '/panel/mail');
  });

  it.each<PanelRole>(['POLICE_MEMBER', 'PARTNER_MEMBER', 'OBSERVER'])('offers no panel settings or mail log to a %s', async (role) => {
    renderHome(role);
    expect(await screen.findByRole('link', { name: '9 members' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Scoring|Mail/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Running the panel' })).not.toBeInTheDocument();
  });
});
