import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DISRUPTION_IMPACT_LABELS, DISRUPTION_IMPACTS } from '@sentinel/shared';
import { MonthlySeriesSection } from './MonthlySeriesSection';

describe('MonthlySeriesSection', () => {
  it('totals each key in a sentence and lists every month in the table, zero where nothing happened', async () => {
    render(
      <MonthlySeriesSection
        title="Disruptions by impact and month"
        noun="Disruptions by impact"
        keys={DISRUPTION_IMPACTS}
        labels={DISRUPTION_IMPACT_LABELS}
        rows={[
          { month: '2026-09', counts: { MAJOR: 2, MINOR: 1 } },
          { month: '2026-10', counts: {} },
          { month: '2026-11', counts: { MAJOR: 1, NEGATIVE: 1 } },
        ]}
      />,
    );
    expect(screen.getByText('Disruptions by impact in the period: Major 3, Moderate 0, Minor 1, None 0, Negative 1.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Show as table' }));
    const rows = within(screen.getByRole('table', { name: 'Disruptions by impact and month' })).getAllByRole('row');
    expect(rows).toHaveLength(4);
    const counts = (row: HTMLElement) =>
      within(row)
        .getAllByRole('cell')
        .slice(1)
        .map((c) => c.textContent);
    expect(rows[1]).toHaveTextContent(/Sept? 2026/);
    expect(counts(rows[1])).toEqual(['2', '0', '1', '0', '0']);
    expect(counts(rows[2])).toEqual(['0', '0', '0', '0', '0']);
  });
});
