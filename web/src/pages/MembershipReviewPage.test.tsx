import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { LIMITS, MEMBERSHIP_REVIEW } from '@sentinel/shared';
import { renderRoute, viewerMock } from '../test/render';
import {
  ConfirmMemberAccessMutation,
  MembersAwaitingConfirmationQuery,
  MembershipReviewQuery,
} from '../modules/members/graphql/membership-review.query';

const LIMIT = Math.min(LIMITS.pageSizeMax, MEMBERSHIP_REVIEW.confirmMax);
const person = (id: string, name: string, role: string) => ({
  __typename: 'Member',
  id,
  name,
  role,
  agency: { __typename: 'Agency', id: 'agency-1', name: 'HMRC' },
});
const review = (awaitingCount: number): MockLink.MockedResponse => ({
  request: { query: MembershipReviewQuery, variables: { panelId: 'panel-1' } },
  result: {
    data: {
      membershipReview: {
        __typename: 'MembershipReview',
        id: 'review-1',
        openedAt: '2026-12-01T06:00:00Z',
        closesAt: '2026-12-31T06:00:00Z',
        awaitingCount,
      },
    },
  },
});
const awaiting = (nodes: ReturnType<typeof person>[]): MockLink.MockedResponse => ({
  request: { query: MembersAwaitingConfirmationQuery, variables: { panelId: 'panel-1', limit: LIMIT, offset: 0 } },
  result: { data: { members: { __typename: 'MemberPage', totalCount: nodes.length, nodes } } },
});

describe('the membership review page', () => {
  it('asks for a choice, then confirms the members chosen and lists those still to confirm', async () => {
    const user = userEvent.setup();
    const confirmed = jest.fn(() => ({ data: { confirmMemberAccess: { __typename: 'MembershipReview', id: 'review-1', awaitingCount: 1 } } }));
    const kim = person('m-1', 'Kim Partner', 'PARTNER_MEMBER');
    const lee = person('m-2', 'Lee Observer', 'OBSERVER');
    renderRoute('/members/review', [
      viewerMock(),
      review(2),
      awaiting([kim, lee]),
      { request: { query: ConfirmMemberAccessMutation, variables: { input: { panelId: 'panel-1', membershipIds: ['m-1'] } } }, result: confirmed },
      review(1),
      awaiting([lee]),
    ]);
    expect(await screen.findByText(/31 December 2026/, {}, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByText('Partner member, HMRC')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Confirm selected members' }));
    expect(await screen.findByRole('link', { name: 'Select the members who still need access' })).toBeInTheDocument();
    expect(confirmed).not.toHaveBeenCalled();

    await user.click(screen.getByLabelText('Kim Partner'));
    await user.click(screen.getByRole('button', { name: 'Confirm selected members' }));
    await waitFor(() => expect(confirmed).toHaveBeenCalledTimes(1), { timeout: 5000 });
    expect(await screen.findByText('1 member confirmed')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByLabelText('Kim Partner')).not.toBeInTheDocument(), { timeout: 5000 });
    expect(screen.getByLabelText('Lee Observer')).not.toBeChecked();
  }, 20_000);
});
