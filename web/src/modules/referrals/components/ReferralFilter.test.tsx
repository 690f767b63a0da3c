import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { LIMITS } from '@sentinel/shared';
import { renderRoute, viewerMock } from '../../../test/render';
import { ReferralsQuery } from '../graphql/referrals.query';

const referral = (n: number, summary: string, status = 'RECEIVED') => ({
  __typename: 'Referral',
  id: `ref-${n}`,
  reference: `R-000${n}`,
  status,
  createdAt: '2026-11-02T10:00:00.000Z',
  summary,
  crimeReferences: [`NM/${n}/26`],
  fromAgency: { __typename: 'Agency', id: 'agency-2', name: 'HMRC' },
});

function referralsMock(search: string | null, status: string | null, nodes: unknown[]): MockLink.MockedResponse {
  return {
    request: { query: ReferralsQuery, variables: { panelId: 'panel-1', status, search, limit: LIMITS.pageSizeDefault, offset: 0 } },
    result: { data: { referrals: { __typename: 'ReferralPage', totalCount: nodes.length, nodes } } },
  };
}

describe('the referrals inbox', () => {
  it('asks the API for the words typed and the status chosen, together, on the button press', async () => {
    const user = userEvent.setup();
    const elm = referral(1, 'Cuckooing at a flat on Elm Street');
    renderRoute('/referrals', [
      viewerMock({ role: 'CHAIR' }),
      referralsMock(null, null, [elm, referral(2, 'County line selling near the station')]),
      referralsMock('elm flat', 'RECEIVED', [elm]),
    ]);
    expect(await screen.findByText('Showing 1 to 2 of 2 referrals')).toBeInTheDocument();
    const form = screen.getByRole('search');
    await user.type(within(form).getByRole('searchbox', { name: 'Search by reference or words' }), '  elm flat ');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Status' }), 'RECEIVED');
    await user.click(within(form).getByRole('button', { name: 'Search' }));
    expect(await screen.findByText('Showing 1 to 1 of 1 referral')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'R-0001' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'R-0002' })).not.toBeInTheDocument();
  });
});
