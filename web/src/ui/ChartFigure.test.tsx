import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ChartFigure } from './ChartFigure';

const table = (
  <table>
    <caption>Active groups by tier</caption>
    <tbody>
      <tr>
        <th scope="row">Tier 1</th>
        <td>4</td>
      </tr>
    </tbody>
  </table>
);

describe('ChartFigure', () => {
  it('names the focusable figure by its heading and describes it by its summary', () => {
    render(<ChartFigure title="Active groups by tier" summary="4 groups in tier 1." chart={<svg />} table={table} />);
    const figure = screen.getByRole('figure', { name: 'Active groups by tier' });
    expect(figure).toHaveAttribute('tabindex', '0');
    expect(figure).toHaveAccessibleDescription('4 groups in tier 1.');
  });

  it('shows and hides the data table with "Show as table"', async () => {
    render(<ChartFigure title="Active groups by tier" summary="4 groups in tier 1." chart={<svg />} table={table} />);
    const toggle = screen.getByRole('button', { name: 'Show as table' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('table', { name: 'Active groups by tier' })).toHaveTextContent('Tier 14');
    await userEvent.click(toggle);
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
