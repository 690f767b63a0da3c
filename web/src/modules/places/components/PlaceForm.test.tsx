import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { placeInput, type PlaceFormValues } from '../utils/place-form';
import { PlaceForm } from './PlaceForm';

function renderForm() {
  const onSubmit = jest.fn(async (values: PlaceFormValues) => void values);
  render(<PlaceForm onSubmit={onSubmit} heading={<h1>Add a place</h1>} />);
  return onSubmit;
}

async function fillRequired() {
  await userEvent.type(screen.getByLabelText('Address or area'), 'Yard behind 3 Dock Road');
  await userEvent.click(screen.getByLabelText('Premises'));
  await userEvent.click(within(screen.getByRole('group', { name: 'Is this a high-harm place?' })).getByLabelText('Yes'));
}

describe('adding a place', () => {
  it('takes its position from the keyboard, in decimal degrees, and sends it as numbers', async () => {
    const onSubmit = renderForm();
    await fillRequired();
    const position = screen.getByRole('group', { name: 'Where it is on the map (optional)' });
    expect(position).toHaveAccessibleDescription(/Puts the place on the high-harm places map/);
    await userEvent.type(within(position).getByLabelText('Latitude'), '54.5721');
    await userEvent.type(within(position).getByLabelText('Longitude'), '-1.2341');
    await userEvent.click(screen.getByRole('button', { name: 'Add place' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(placeInput(onSubmit.mock.calls[0][0])).toMatchObject({ highHarm: true, latitude: 54.5721, longitude: -1.2341 });
  });

  it('refuses a position outside the UK or half a position, naming the field and the range', async () => {
    const onSubmit = renderForm();
    await fillRequired();
    await userEvent.type(screen.getByLabelText('Latitude'), '-1.2341');
    await userEvent.type(screen.getByLabelText('Longitude'), '54.5721');
    await userEvent.click(screen.getByRole('button', { name: 'Add place' }));
    expect(screen.getByRole('link', { name: /^Enter the latitude in decimal degrees from 49.8 to 60.9 \(the UK\)/ })).toHaveAttribute(
      'href',
      '#latitude',
    );
    await userEvent.clear(screen.getByLabelText('Latitude'));
    await userEvent.clear(screen.getByLabelText('Longitude'));
    await userEvent.type(screen.getByLabelText('Latitude'), '54.5721');
    await userEvent.click(screen.getByRole('button', { name: 'Add place' }));
    expect(screen.getByRole('link', { name: /^Enter the longitude as well as the latitude/ })).toHaveAttribute('href', '#longitude');
    expect(onSubmit).not.toHaveBeenCalled();
    // Without a position the place is still recorded, off the map.
    await userEvent.clear(screen.getByLabelText('Latitude'));
    await userEvent.click(screen.getByRole('button', { name: 'Add place' }));
    expect(placeInput(onSubmit.mock.calls[0][0])).toMatchObject({ latitude: null, longitude: null });
  });

  it('keeps an over-long area whole, counts it, and refuses it at the field without recording the place', async () => {
    const onSubmit = renderForm();
    await fillRequired();
    const area = screen.getByLabelText('Area (optional)');
    await userEvent.click(area);
    await userEvent.paste('a'.repeat(101));
    expect(area).toHaveAccessibleDescription(/You have 1 character too many/);
    await userEvent.click(screen.getByRole('button', { name: 'Add place' }));
    expect(screen.getByRole('link', { name: 'Area must be 100 characters or fewer' })).toHaveAttribute('href', '#area');
    expect(area).toHaveValue('a'.repeat(101));
    expect(onSubmit).not.toHaveBeenCalled();
  });
});
