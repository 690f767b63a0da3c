import { render, screen, within } from '@testing-library/react';
import { ContentView } from './ContentView';

describe('assessment ContentView', () => {
  it('shows rows as a table with the naming column first and crime types in words', () => {
    render(<ContentView caption="Crime types" value={[{ previous: 1, current: 2, crimeType: 'COUNTY_LINES_CCE' }]} />);
    const rows = within(screen.getByRole('table', { name: 'Crime types' })).getAllByRole('row');
    expect(rows[0]).toHaveTextContent(/^Crime typePreviousCurrent$/);
    expect(rows[1]).toHaveTextContent('County lines and child criminal exploitation12');
  });

  it('sets the current and previous periods side by side', () => {
    render(<ContentView caption="Outcomes" value={{ current: { period: 'current', arrests: 7 }, previous: { period: 'previous', arrests: 2 } }} />);
    const table = screen.getByRole('table', { name: 'Outcomes' });
    expect(within(table).getByRole('rowheader', { name: 'Arrests' }).parentElement).toHaveTextContent('Arrests72');
    expect(within(table).queryByText('Period')).not.toBeInTheDocument();
  });
});
