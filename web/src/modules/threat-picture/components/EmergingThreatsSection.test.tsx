import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { EmergingThreatsSection } from './EmergingThreatsSection';
import type { ThreatPictureView } from './view';

const view = (over: Partial<ThreatPictureView>): ThreatPictureView => ({
  activeByTier: [],
  activeByCrimeType: [],
  topGroups: [],
  risers: [],
  riserCount: 0,
  groupsByMonth: [],
  emergingThreats: [],
  emergingThreatCount: 0,
  emergingThreatOutcomes: [],
  disruptionsByStrand: [],
  disruptionsByImpact: [],
  disruptionsByAgency: [],
  tasksByAgency: [],
  ...over,
});

describe('EmergingThreatsSection', () => {
  it('gives the count of every threat raised, by outcome, and lists the most recent', () => {
    render(
      <MemoryRouter>
        <EmergingThreatsSection
          view={view({
            emergingThreatCount: 14,
            emergingThreatOutcomes: [
              { label: 'Tasked', count: 9 },
              { label: 'Not yet covered', count: 5 },
            ],
            emergingThreats: [
              { id: 't1', title: 'Cuckooing in Eastfield', raisedOn: '2026-11-02', coverage: ['Discussed', 'Tasked'] },
              { id: 't2', title: 'Nail bars on the high street', raisedOn: '2026-10-20', coverage: [] },
            ],
          })}
        />
      </MemoryRouter>,
    );
    expect(screen.getByText(/14 emerging threats raised in this period: 9 tasked, 5 not yet covered\./)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'All emerging threats' })).toHaveAttribute('href', '/emerging-threats');
    const table = screen.getByRole('table', { name: 'The 2 emerging threats raised most recently, and what the panel did about them' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toHaveTextContent('Cuckooing in Eastfield');
    expect(rows[2]).toHaveTextContent('Not yet covered');
  });

  it('says so when none were raised', () => {
    render(
      <MemoryRouter>
        <EmergingThreatsSection view={view({})} />
      </MemoryRouter>,
    );
    expect(screen.getByText('No emerging threats raised in this period.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
