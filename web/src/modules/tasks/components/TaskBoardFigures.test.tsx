import { render, screen, within } from '@testing-library/react';
import { formatCompletionRate } from '../utils/board';
import { AgencyFigures } from './TaskBoardFigures';

describe('task board figures', () => {
  it('formats the completion rate as a whole percentage', () => {
    expect(formatCompletionRate(0.6667)).toBe('67%');
    expect(formatCompletionRate(1)).toBe('100%');
    expect(formatCompletionRate(0)).toBe('0%');
    expect(formatCompletionRate(0.005)).toBe('1%');
    expect(formatCompletionRate(null)).toBe('None closed');
  });

  it('shows each agency with its figures in the "Tasks by agency" table', () => {
    render(
      <AgencyFigures
        rows={[
          { agency: { id: 'a1', name: 'HMRC' }, open: 3, overdue: 1, blocked: 1, completed: 2, notDone: 1, completionRate: 2 / 3 },
          { agency: { id: 'a2', name: 'Fire and Rescue' }, open: 1, overdue: 0, blocked: 0, completed: 0, notDone: 0, completionRate: null },
        ]}
      />,
    );
    const table = screen.getByRole('table', { name: 'Tasks by agency' });
    const rows = within(table).getAllByRole('row');
    expect(
      within(rows[1])
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['HMRC', '3', '1', '1', '2', '1', '67%']);
    expect(within(rows[2]).getAllByRole('cell').at(-1)).toHaveTextContent('None closed');
  });
});
