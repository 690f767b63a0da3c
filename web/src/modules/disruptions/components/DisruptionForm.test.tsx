import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { emptyDisruptionForm, validateDisruptionForm } from '../utils/disruption-form';
import { DisruptionForm } from './DisruptionForm';

async function fillAllButRationale() {
  await userEvent.click(screen.getByLabelText('Pursue'));
  await userEvent.click(screen.getByLabelText('Vehicles'));
  await userEvent.type(screen.getByLabelText('What was done'), 'Vehicle seized under section 165');
  await userEvent.click(screen.getByLabelText('Moderate'));
}

describe('disruption form', () => {
  it('requires a rationale for the impact level', async () => {
    const onSubmit = jest.fn(async () => undefined);
    render(<DisruptionForm agencies={[]} onSubmit={onSubmit} heading={<h1>Record a disruption</h1>} />);
    await fillAllButRationale();
    await userEvent.click(screen.getByRole('button', { name: 'Record disruption' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByRole('link', { name: 'Enter the rationale for the impact level' })).toHaveAttribute('href', '#rationale');

    await userEvent.type(screen.getByLabelText('Rationale for the impact level'), 'The group lost its only courier car');
    await userEvent.click(screen.getByRole('button', { name: 'Record disruption' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  it('treats a rationale of spaces as missing', () => {
    const errors = validateDisruptionForm({
      ...emptyDisruptionForm('2026-03-01'),
      strand: 'PURSUE',
      tacticHeading: 'CRIME',
      description: 'x',
      impact: 'NEGATIVE',
      rationale: '   ',
    });
    expect(errors).toEqual({ rationale: 'Enter the rationale for the impact level' });
  });

  it('checks outcome numbers and drug rows', () => {
    const errors = validateDisruptionForm({
      ...emptyDisruptionForm('2026-03-01'),
      strand: 'PURSUE',
      tacticHeading: 'CRIME',
      description: 'x',
      impact: 'MAJOR',
      rationale: 'y',
      outcomes: { arrests: '1.5' },
      drugs: [{ type: 'Cocaine', kg: '' }],
    });
    expect(errors['outcome-arrests']).toMatch(/whole number/);
    expect(errors['drug-0-kg']).toMatch(/weight/);
  });
});
