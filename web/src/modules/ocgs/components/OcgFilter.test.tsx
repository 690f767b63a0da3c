import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EMPTY_OCG_FILTER, ocgListFilter } from '../utils/ocg-filter';
import { OcgFilter } from './OcgFilter';

const officers = [{ value: 'user-9', label: 'Aidan Walsh (Northmoor Police)' }];

describe('OCG filter', () => {
  it('applies the chosen options only when "Apply filters" is pressed', async () => {
    const onApply = jest.fn();
    render(<OcgFilter applied={EMPTY_OCG_FILTER} onApply={onApply} officers={officers} />);
    await userEvent.click(screen.getByLabelText('Active'));
    await userEvent.click(screen.getByLabelText('Dormant'));
    await userEvent.selectOptions(screen.getByLabelText('Tier'), 'Tier 1');
    await userEvent.selectOptions(screen.getByLabelText('Crime type'), 'FIREARMS');
    await userEvent.type(screen.getByLabelText('Area'), 'Kirkby');
    await userEvent.selectOptions(screen.getByLabelText('Lead responsible officer'), 'user-9');
    expect(onApply).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Apply filters' }));
    expect(onApply).toHaveBeenCalledWith({
      search: '',
      statuses: ['ACTIVE', 'DORMANT'],
      tier: 'Tier 1',
      crimeType: 'FIREARMS',
      area: 'Kirkby',
      lroUserId: 'user-9',
    });
  });

  it('offers "Clear filters" once filters are applied, and clears them all', async () => {
    const onApply = jest.fn();
    const { rerender } = render(<OcgFilter applied={EMPTY_OCG_FILTER} onApply={onApply} officers={officers} />);
    expect(screen.queryByRole('button', { name: 'Clear filters' })).not.toBeInTheDocument();
    rerender(<OcgFilter applied={{ ...EMPTY_OCG_FILTER, area: 'Kirkby' }} onApply={onApply} officers={officers} />);
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(onApply).toHaveBeenLastCalledWith(EMPTY_OCG_FILTER);
  });

  it('sends blank options as null so that the API applies its defaults', () => {
    expect(ocgListFilter(EMPTY_OCG_FILTER)).toEqual({ search: null, statuses: null, tier: null, crimeType: null, area: null, lroUserId: null });
    expect(ocgListFilter({ ...EMPTY_OCG_FILTER, statuses: ['ARCHIVED'], area: '  Kirkby ' })).toMatchObject({
      statuses: ['ARCHIVED'],
      area: 'Kirkby',
    });
  });
});
