import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { buildRule } from '../utils/series-rule';
import { seriesFormFrom } from '../utils/series-form';
import { SeriesForm } from './SeriesForm';

function setup() {
  const onSubmit = jest.fn().mockResolvedValue(undefined);
  render(<SeriesForm initial={seriesFormFrom(null)} onSubmit={onSubmit} />);
  return { onSubmit, user: userEvent.setup() };
}

describe('SeriesForm', () => {
  it('builds the rule from the radios the chair picks', async () => {
    const { onSubmit, user } = setup();
    await user.click(screen.getByRole('radio', { name: 'Last' }));
    await user.click(screen.getByRole('radio', { name: 'Friday' }));
    await user.click(screen.getByRole('radio', { name: '3 months' }));
    expect(screen.getByTestId('rule-summary')).toHaveTextContent('Last Friday of the month, every 3 months');
    await user.type(screen.getByLabelText('First date'), '2026-09-01');
    await user.type(screen.getByLabelText('Teams meeting link'), 'https://teams.microsoft.com/l/meetup-join/abc');
    await user.type(screen.getByLabelText('Location'), 'Force headquarters');
    await user.click(screen.getByRole('button', { name: 'Save schedule' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(buildRule(onSubmit.mock.calls[0][0])).toBe('FREQ=MONTHLY;INTERVAL=3;BYDAY=-1FR');
    expect(onSubmit.mock.calls[0][0].durationMinutes).toBe('120');
  });

  it('refuses a link that is not a Teams meeting', async () => {
    const { onSubmit, user } = setup();
    await user.type(screen.getByLabelText('First date'), '2026-09-01');
    await user.type(screen.getByLabelText('Teams meeting link'), 'https://teams.example.com/meet');
    await user.type(screen.getByLabelText('Location'), 'Force headquarters');
    await user.click(screen.getByRole('button', { name: 'Save schedule' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByRole('link', { name: 'Enter a Teams meeting link that starts https://teams.microsoft.com/' })).toHaveAttribute(
      'href',
      '#teamsUrl',
    );
  });

  it('keeps an over-long link or location whole, counts it, and refuses it at the field without saving the schedule', async () => {
    const { onSubmit, user } = setup();
    await user.type(screen.getByLabelText('First date'), '2026-09-01');
    await user.click(screen.getByLabelText('Teams meeting link'));
    await user.paste(`https://teams.microsoft.com/l/meetup-join/${'a'.repeat(460)}`);
    const location = screen.getByLabelText('Location');
    await user.click(location);
    await user.paste('l'.repeat(301));
    expect(location).toHaveAccessibleDescription(/You have 1 character too many/);
    await user.click(screen.getByRole('button', { name: 'Save schedule' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByRole('link', { name: 'Teams meeting link must be 500 characters or fewer' })).toHaveAttribute('href', '#teamsUrl');
    expect(screen.getByRole('link', { name: 'Location must be 300 characters or fewer' })).toHaveAttribute('href', '#location');
    expect(location).toHaveValue('l'.repeat(301));
  });
});
