import { render, screen, within } from '@testing-library/react';
import { ScoreHistoryTable, ScoreSparkline, sparklinePoints, type ScoreEntry } from './ScoreHistory';
import { ThreatScore } from './ThreatScore';

const entry = (id: string, total: number, tier: string, scoredAt: string, likelihood = 4): ScoreEntry => ({
  id,
  harmPhysical: 4,
  harmCommunity: 3,
  harmGeographic: 2,
  harmVulnerability: 5,
  likelihood,
  capability: 3,
  capacity: 2,
  confidence: 'HIGH',
  rationale: null,
  scaleMax: 5,
  scoredAt,
  tier,
  total,
});

const history = [entry('s2', 75, 'Tier 1', '2026-03-02T10:00:00Z', 5), entry('s1', 61, 'Tier 1', '2026-01-10T09:30:00Z')];

describe('score history', () => {
  it('lists every scoring newest first with its parts, total and tier', () => {
    render(<ScoreHistoryTable history={history} />);
    const table = screen.getByRole('table', { name: 'Score history, newest first' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(within(rows[0]).getByText('75')).toBeInTheDocument();
    expect(within(rows[0]).getByText('2 March 2026 at 10:00am')).toBeInTheDocument();
    expect(within(rows[1]).getByText('61')).toBeInTheDocument();
    expect(within(rows[1]).getByText('4, 3, 2, 5')).toBeInTheDocument();
    expect(within(rows[1]).getByText('High')).toBeInTheDocument();
  });

  it('summarises the latest score and says when a group was never scored', () => {
    const { unmount } = render(<ThreatScore history={history} />);
    expect(screen.getByText('Tier 1', { selector: 'strong' })).toBeInTheDocument();
    expect(screen.getByText(/total 75 out of 110/)).toBeInTheDocument();
    const likelihood = screen.getByText('Likelihood', { selector: 'dt' }).parentElement as HTMLElement;
    expect(within(likelihood).getByText('5 out of 5')).toBeInTheDocument();
    unmount();
    render(<ThreatScore history={[]} />);
    expect(screen.getByText('This group has not been scored yet.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('draws the sparkline oldest to newest, with a text alternative', () => {
    render(<ScoreSparkline history={history} />);
    expect(screen.getByRole('img')).toHaveAccessibleName('Totals over the last 2 scorings, oldest to newest: 61, 75');
    expect(sparklinePoints([10, 20], 100, 20, 0)).toBe('0.0,20.0 100.0,0.0');
  });
});
