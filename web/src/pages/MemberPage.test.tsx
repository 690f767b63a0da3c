import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { renderRoute, viewerMock } from '../test/render';
import { ChangeMemberRoleMutation } from '../modules/members/graphql/change-member-role.mutation';
import { MemberQuery } from '../modules/members/graphql/member.query';
import { SetMemberDisabledMutation } from '../modules/members/graphql/set-member-disabled.mutation';
import { conflictReviewRow } from '../test/conflict-review';

const member = (version: number, role: string, disabled = false) => ({
  __typename: 'Member',
  id: 'member-2',
  panelId: 'panel-1',
  userId: 'user-2',
  name: 'Sam Observer',
  email: 'sam@example.org',
  role,
  disabled,
  accessConfirmedAt: '2026-06-01T09:00:00Z',
  version,
  agencyId: 'agency-1',
  agency: { __typename: 'Agency', id: 'agency-1', name: 'Durham Police' },
});
const read = (version: number, role: string, disabled = false): MockLink.MockedResponse => ({
  request: { query: MemberQuery, variables: { id: 'member-2' } },
  result: { data: { member: member(version, role, disabled) } },
});
const change = (version: number) => ({ input: { id: 'member-2', role: 'PARTNER_MEMBER', version } });

describe('a member whose role was changed by someone else meanwhile', () => {
  it('keeps the role chosen beside the one saved by someone else, and changes it again on the newer version', async () => {
    const user = userEvent.setup();
    const saved = jest.fn(() => ({ data: { changeMemberRole: member(3, 'PARTNER_MEMBER') } }));
    const message =
      'This member was changed by someone else since you opened it: Role on this panel changed. Check their changes beside yours, then save again.';
    renderRoute('/members/member-2', [
      viewerMock(),
      read(1, 'OBSERVER'),
      {
        request: { query: ChangeMemberRoleMutation, variables: change(1) },
        result: { errors: [{ message, extensions: { code: 'CONFLICT', changedFields: ['role'] } }] },
      },
      read(2, 'POLICE_MEMBER'),
      { request: { query: ChangeMemberRoleMutation, variables: change(2) }, result: saved },
    ]);
    await user.click(await screen.findByLabelText('Partner member', {}, { timeout: 5000 }));
    await user.click(screen.getByRole('button', { name: 'Change role' }));

    expect(await screen.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent('Role on this panel changed');
    expect(await conflictReviewRow(/Role on this panel/)).toEqual(['Partner member', 'Police member']);
    // The role chosen is still chosen; changing it again sends it against the newer version.
    expect(screen.getByLabelText('Partner member')).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Change role' }));
    await waitFor(() => expect(saved).toHaveBeenCalledTimes(1), { timeout: 5000 });
    expect(await screen.findByText('Sam Observer is now partner member')).toBeInTheDocument();
    expect(screen.queryByTestId('conflict-review')).not.toBeInTheDocument();
  }, 20_000);

  it('reads the member again after a stale disable, so the question asked is about their access as it now is', async () => {
    const user = userEvent.setup();
    const enabled = jest.fn(() => ({ data: { setMemberDisabled: member(3, 'OBSERVER', false) } }));
    const message = 'This member was changed by someone else since you opened it: Status changed. Check their changes beside yours, then save again.';
    renderRoute('/members/member-2', [
      viewerMock(),
      read(1, 'OBSERVER'),
      {
        request: { query: SetMemberDisabledMutation, variables: { input: { id: 'member-2', disabled: true, version: 1 } } },
        result: { errors: [{ message, extensions: { code: 'CONFLICT', changedFields: ['disabled'] } }] },
      },
      read(2, 'OBSERVER', true),
      { request: { query: SetMemberDisabledMutation, variables: { input: { id: 'member-2', disabled: false, version: 2 } } }, result: enabled },
    ]);
    await user.click(await screen.findByRole('button', { name: 'Disable member' }, { timeout: 5000 }));
    await user.click(screen.getByRole('button', { name: 'Yes, disable Sam Observer' }));
    expect(await screen.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent('Status changed');
    await user.click(await screen.findByRole('button', { name: 'Yes, enable Sam Observer' }, { timeout: 5000 }));
    await waitFor(() => expect(enabled).toHaveBeenCalledTimes(1), { timeout: 5000 });
  }, 20_000);
});
