import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import type { ReferralDetailsFragment } from '../../../gql/graphql';
import { groupSearchMock, mockGroup } from '../../../test/group-mocks';
import { GROUP_SEARCH_DEBOUNCE_MS } from '../../ocgs/utils/group-picker';
import { AcceptReferralMutation } from '../graphql/accept-referral.mutation';
import { ReferralDecision } from './ReferralDecision';

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
        <ReferralDecision referral={referral} />
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
        <ReferralDecision referral={referral} />
      </MockedProvider>,
    );
    await user.click(screen.getByLabelText('A group already recorded'));
    await user.click(screen.getByRole('button', { name: 'Accept referral' }));
    expect(screen.getByRole('link', { name: 'Select the group' })).toHaveAttribute('href', '#accept-ocg');
    expect(screen.getByLabelText('Group')).toHaveAccessibleDescription(/Error: Select the group$/);
  });
});
