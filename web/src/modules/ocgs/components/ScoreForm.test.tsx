import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SCORE_PARTS } from '@sentinel/shared';
import { emptyScoreForm, type ScoreFormValues } from '../utils/score-form';
import { ScoreForm } from './ScoreForm';

const scored = emptyScoreForm({ ...Object.fromEntries(SCORE_PARTS.map((p) => [p, 3])), confidence: 'HIGH' });

describe('what the score form refuses', () => {
  it('keeps an over-long rationale whole, counts it, and refuses it at the field without saving the score', async () => {
    const user = userEvent.setup();
    const onSubmit = jest.fn<Promise<void>, [ScoreFormValues]>().mockResolvedValue(undefined);
    render(<ScoreForm initialValues={scored} scaleMax={5} onSubmit={onSubmit} heading={<h1>Score this group</h1>} />);
    const rationale = screen.getByLabelText('Rationale (optional)');
    await user.click(rationale);
    await user.paste('r'.repeat(2001));
    expect(rationale).toHaveAccessibleDescription(/You have 1 character too many/);
    await user.click(screen.getByRole('button', { name: 'Save score' }));

    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Rationale must be 2,000 characters or fewer' })).toHaveAttribute('href', '#rationale');
    expect(rationale).toHaveValue('r'.repeat(2001));
    expect(onSubmit).not.toHaveBeenCalled();

    // Surrounding spaces are not sent, so they do not count against the limit.
    await user.clear(rationale);
    await user.click(rationale);
    await user.paste(` ${'r'.repeat(2000)} `);
    await user.click(screen.getByRole('button', { name: 'Save score' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });
});
