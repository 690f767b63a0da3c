import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { SEARCH_DEBOUNCE_MS } from '../../search/components/RecordSearch';
import { VehicleLookalikesQuery } from '../graphql/vehicle-lookalikes.query';
import { LOOKALIKE_LIMIT } from './useVehicleLookalikes';
import { VehicleForm } from './VehicleForm';

function lookalikes(text: string, plates: [id: string, registration: string][]): MockLink.MockedResponse {
  const hits = plates.map(([id, registration]) => ({
    __typename: 'SearchHit',
    id,
    title: registration,
    subtitle: 'Black BMW 3 Series',
    vehicle: { __typename: 'Vehicle', id, vrm: registration.replace(/ /g, '') },
  }));
  return {
    request: { query: VehicleLookalikesQuery, variables: { panelId: 'panel-1', text, limit: LOOKALIKE_LIMIT } },
    result: { data: { search: { __typename: 'SearchResults', hits } } },
    maxUsageCount: 5,
  };
}

function renderForm(mocks: MockLink.MockedResponse[]) {
  const onSubmit = jest.fn(() => Promise.resolve());
  render(
    <MockedProvider mocks={mocks}>
      <VehicleForm panelId="panel-1" heading={<h1>Add a vehicle</h1>} onSubmit={onSubmit} />
    </MockedProvider>,
  );
  return { onSubmit, user: userEvent.setup({ advanceTimers: jest.advanceTimersByTime }) };
}

const pause = () => act(() => jest.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS));

describe('adding a vehicle', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('says which shapes of registration it takes, and refuses another', async () => {
    const { onSubmit, user } = renderForm([]);
    const box = screen.getByLabelText('Registration');
    expect(box).toHaveAccessibleDescription(/A UK registration mark, for example AB12 CDE, A123 BCD, ABC 123D, 1234 AB or ABZ 1234/);
    await user.type(box, 'XX');
    await user.click(screen.getByRole('button', { name: 'Add vehicle' }));
    expect(await screen.findByRole('link', { name: /“XX” is not a UK registration mark: enter one such as AB12 CDE/ })).toHaveAttribute(
      'href',
      '#registration',
    );
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('offers a vehicle on record whose plate reads like the one typed (M for N), and sends the one chosen', async () => {
    const { onSubmit, user } = renderForm([lookalikes('NM19 XKD', [['v-9', 'MN19 XKD']])]);
    await user.type(screen.getByLabelText('Registration'), 'NM19 XKD');
    await pause();
    await user.click(await screen.findByRole('radio', { name: 'MN19 XKD' }));
    expect(screen.getByRole('radio', { name: 'No, record NM19 XKD as a new vehicle' })).not.toBeChecked();
    // Its make and model are on record already: nothing more to enter.
    expect(screen.queryByLabelText('Make (optional)')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Link vehicle' }));
    expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ registration: 'NM19 XKD', existingId: 'v-9' }));

    // Another plate typed takes the choice back.
    await user.type(screen.getByLabelText('Registration'), '{Backspace}');
    expect(screen.getByRole('button', { name: 'Add vehicle' })).toBeInTheDocument();
  });

  it('keeps an over-long make, model or colour whole, counts it, and refuses it at the field without adding the vehicle', async () => {
    const { onSubmit, user } = renderForm([lookalikes('AB12 CDE', [])]);
    await user.type(screen.getByLabelText('Registration'), 'AB12 CDE');
    await pause();
    for (const [label, text] of [
      ['Make (optional)', 'm'.repeat(61)],
      ['Model (optional)', 'o'.repeat(61)],
      ['Colour (optional)', 'c'.repeat(41)],
    ]) {
      await user.click(screen.getByLabelText(label));
      await user.paste(text);
      expect(screen.getByLabelText(label)).toHaveAccessibleDescription(/You have 1 character too many/);
    }
    await user.click(screen.getByRole('button', { name: 'Add vehicle' }));
    expect(screen.getByRole('link', { name: 'Make must be 60 characters or fewer' })).toHaveAttribute('href', '#make');
    expect(screen.getByRole('link', { name: 'Model must be 60 characters or fewer' })).toHaveAttribute('href', '#model');
    expect(screen.getByRole('link', { name: 'Colour must be 40 characters or fewer' })).toHaveAttribute('href', '#colour');
    expect(screen.getByLabelText('Colour (optional)')).toHaveValue('c'.repeat(41));
    expect(onSubmit).not.toHaveBeenCalled();
  });
});
