import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { LinkVehicleMutation } from '../../vehicles/graphql/link-vehicle.mutation';
import { OcgVehicles } from './OcgVehicles';

const vehicle = { __typename: 'Vehicle' as const, id: 'v1', registration: 'JW21 ABC', make: 'Ford', model: 'Transit', colour: 'White' };

function renderVehicles(sent: unknown[]) {
  const unlink: MockLink.MockedResponse = {
    request: { query: LinkVehicleMutation, variables: { input: { id: 'v1', ocgId: 'o1', linked: false } } },
    result: () => {
      sent.push('unlink');
      return { data: { linkVehicle: { __typename: 'Vehicle', id: 'v1', registration: 'JW21 ABC' } } };
    },
  };
  render(
    <MockedProvider mocks={[unlink]}>
      <OcgVehicles ocgId="o1" vehicles={[vehicle]} canWrite />
    </MockedProvider>,
  );
}

describe('removing a vehicle from a group', () => {
  it('asks first, and removes nothing when cancelled', async () => {
    const sent: unknown[] = [];
    renderVehicles(sent);
    const remove = screen.getByRole('button', { name: 'Remove JW21 ABC from this group' });
    await userEvent.click(remove);
    expect(screen.getByRole('heading', { name: 'Are you sure you want to remove JW21 ABC from this group?' })).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('heading', { name: /Are you sure/ })).not.toBeInTheDocument();
    expect(remove).toHaveFocus();
    expect(sent).toEqual([]);
  });

  it('removes the link once confirmed', async () => {
    // The group's page is refetched after the change; it is not under test here.
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const sent: unknown[] = [];
    renderVehicles(sent);
    await userEvent.click(screen.getByRole('button', { name: 'Remove JW21 ABC from this group' }));
    expect(sent).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Yes, remove it' }));
    await screen.findByText(/JW21 ABC removed from this group|could not|reached/);
    expect(sent).toEqual(['unlink']);
    warn.mockRestore();
  });
});
