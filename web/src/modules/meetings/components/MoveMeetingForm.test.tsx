import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MoveFormValues } from '../utils/move-form';
import { MoveMeetingForm } from './MoveMeetingForm';

const inPerson: MoveFormValues = { date: '2027-03-10', startTime: '10:00', endTime: '12:00', mode: 'IN_PERSON', teamsUrl: '', location: 'HQ' };

describe('what moving a meeting refuses', () => {
  it('keeps an over-long location whole, counts it, and refuses it at the field without moving the meeting', async () => {
    const user = userEvent.setup();
    const onSubmit = jest.fn<Promise<void>, [MoveFormValues]>().mockResolvedValue(undefined);
    render(<MoveMeetingForm initial={inPerson} onSubmit={onSubmit} cancel={null} />);
    const location = screen.getByLabelText('Location');
    await user.clear(location);
    await user.click(location);
    await user.paste('l'.repeat(301));
    expect(location).toHaveAccessibleDescription(/You have 1 character too many/);
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByRole('link', { name: 'Location must be 300 characters or fewer' })).toHaveAttribute('href', '#location');
    expect(location).toHaveValue('l'.repeat(301));
  });
});
