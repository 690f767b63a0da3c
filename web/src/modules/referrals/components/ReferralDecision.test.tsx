import { act, render, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import userEvent from '@testing-library/user-event';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import type { ReferralDetailsFragment } from '../../../gql/graphql';
import { groupSearchMock, mockGroup } from '../../../test/group-mocks';
import { GROUP_SEARCH_DEBOUNCE_MS } from '../../ocgs/utils/group-picker';
import { AcceptReferralMutation } from '../graphql/accept-referral.mutation';
import { DeclineReferralMutation } from '../graphql/decline-referral.mutation';
import { ReferralDecision } from './ReferralDecision';
import { conflictReviewRow } from '../../../test/conflict-review';

const referral: ReferralDetailsFragment = {
  id: 'ref-1',
  panelId: 'panel-1',
  reference: 'R-0012',
  status: 'UNDER_ASSESSMENT',
  createdAt: '2026-01-10T10:00:00.000Z',
  updatedAt: '2026-01-10T10:00:00.000Z',
  decidedAt: null,
  summary: 'Counterfeit tobacco sold from a van',
  onBehalfOf: null,
  crimeReferences: ['NM/55555/26'],
  vehicles: [],
  places: [],
  offendersWithheld: false,
  withheldReason: null,
  ocgId: null,
  ocgReference: null,
  declineReason: null,
  version: 3,
  offenders: [],
  fromAgency: { id: 'agency-2', name: 'HM Revenue and Customs' },
  ocg: null,
};

const larch = mockGroup(742, 'Operation Larch', 'ARCHIVED');

describe('accepting a referral into a group already recorded', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('sends the group found by typing, and shows the API’s answer about it beside the picker', async () => {
    const accept: MockLink.MockedResponse = {
      request: { query: AcceptReferralMutation, variables: { input: { id: 'ref-1', version: 3, ocgId: 'ocg-742' } } },
      result: { errors: [{ message: 'Select a group on this panel', extensions: { code: 'BAD_USER_INPUT', field: 'ocgId' } }] },
    };
    const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
    render(
      <MockedProvider mocks={[groupSearchMock('larch', [larch]), accept]}>
        <ReferralDecision referral={referral} reload={async () => undefined} />
      </MockedProvider>,
    );
    const form = screen.getByRole('form', { name: 'Accept' });
    await user.click(within(form).getByLabelText('A group already recorded'));
    await user.type(within(form).getByLabelText('Group'), 'larch');
    await act(() => jest.advanceTimersByTimeAsync(GROUP_SEARCH_DEBOUNCE_MS));
    await user.click(await within(form).findByRole('radio', { name: 'OCG-0742 Operation Larch' }));
    await user.click(within(form).getByRole('button', { name: 'Accept referral' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Select a group on this panel' })).toHaveAttribute('href', '#accept-ocg');
    const box = within(form).getByLabelText('Group');
    expect(box).toHaveAttribute('id', 'accept-ocg');
    expect(box).toHaveAccessibleDescription(/Error: Select a group on this panel$/);
  });

  it('asks for the group when none was chosen, linking to the picker', async () => {
    const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
    render(
      <MockedProvider mocks={[]}>
        <ReferralDecision referral={referral} reload={async () => undefined} />
      </MockedProvider>,
    );
    await user.click(screen.getByLabelText('A group already recorded'));
    await user.click(screen.getByRole('button', { name: 'Accept referral' }));
    expect(screen.getByRole('link', { name: 'Select the group' })).toHaveAttribute('href', '#accept-ocg');
    expect(screen.getByLabelText('Group')).toHaveAccessibleDescription(/Error: Select the group$/);
  });
});

describe('a referral whose assessment someone else started meanwhile', () => {
  it('keeps the reason typed, lays the decision beside the status they saved, and declines again on the newer version', async () => {
    const received = { ...referral, status: 'RECEIVED' as const, version: 1 };
    const message =
      'This referral was changed by someone else since you opened it: Status changed. Check their changes beside yours, then save again.';
    const decline = (version: number) => ({ input: { id: 'ref-1', version, reason: 'Not organised crime' } });
    const declined = jest.fn(() => ({ data: { declineReferral: { ...received, __typename: 'Referral', status: 'DECLINED', version: 3 } } }));
    const mocks: MockLink.MockedResponse[] = [
      {
        request: { query: DeclineReferralMutation, variables: decline(1) },
        result: { errors: [{ message, extensions: { code: 'CONFLICT', changedFields: ['status'] } }] },
      },
      { request: { query: DeclineReferralMutation, variables: decline(2) }, result: declined },
    ];
    function Page() {
      const [shown, setShown] = useState<ReferralDetailsFragment>(received);
      const reload = async () => {
        setShown({ ...received, status: 'UNDER_ASSESSMENT', version: 2 });
        return 2;
      };
      return <ReferralDecision referral={shown} reload={reload} />;
    }
    const user = userEvent.setup();
    render(
      <MockedProvider mocks={mocks}>
        <Page />
      </MockedProvider>,
    );
    await user.type(screen.getByLabelText('Reason for declining'), 'Not organised crime');
    await user.click(screen.getByRole('button', { name: 'Decline referral' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Status changed');
    expect(await conflictReviewRow(/Status/)).toEqual(['Declined', 'Under assessment']);
    // The reason typed is still there; declining again sends it against the newer version.
    expect(screen.getByLabelText('Reason for declining')).toHaveValue('Not organised crime');
    await user.click(screen.getByRole('button', { name: 'Decline referral' }));
    await waitFor(() => expect(declined).toHaveBeenCalledTimes(1));
  });
});

describe('what deciding a referral refuses', () => {
  it('keeps an over-long reason or group name whole and refuses it at the field without sending the decision', async () => {
    const user = userEvent.setup();
    const long = 'r'.repeat(2001);
    const declined = jest.fn(() => ({ errors: [{ message: 'Should not be sent', extensions: { code: 'CONFLICT' } }] }));
    const accepted = jest.fn(() => ({ errors: [{ message: 'Should not be sent', extensions: { code: 'CONFLICT' } }] }));
    render(
      <MockedProvider
        mocks={[
          { request: { query: DeclineReferralMutation, variables: { input: { id: 'ref-1', version: 3, reason: long } } }, result: declined },
          {
            request: { query: AcceptReferralMutation, variables: { input: { id: 'ref-1', version: 3, newOcgName: 'n'.repeat(201) } } },
            result: accepted,
          },
        ]}
      >
        <ReferralDecision referral={referral} reload={async () => undefined} />
      </MockedProvider>,
    );
    const reason = screen.getByLabelText('Reason for declining');
    await user.click(reason);
    await user.paste(long);
    expect(reason).toHaveAccessibleDescription(/You have 1 character too many/);
    await user.click(screen.getByRole('button', { name: 'Decline referral' }));
    expect(within(screen.getByRole('alert')).getByRole('link', { name: 'Reason for declining must be 2,000 characters or fewer' })).toHaveAttribute(
      'href',
      '#decline-reason',
    );
    expect(reason).toHaveValue(long);

    await user.click(screen.getByLabelText('A new group'));
    await user.click(screen.getByLabelText('Name or operation name'));
    await user.paste('n'.repeat(201));
    await user.click(screen.getByRole('button', { name: 'Accept referral' }));
    expect(screen.getByLabelText('Name or operation name')).toHaveAccessibleDescription(
      /Error: Name or operation name must be 200 characters or fewer/,
    );
    expect(declined).not.toHaveBeenCalled();
    expect(accepted).not.toHaveBeenCalled();
  });
});
