import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { makeFragmentData } from '../../../gql';
import { OcgRowFragment } from '../graphql/ocg-row.fragment';
import { OcgTable } from './OcgTable';

const row = (id: string, name: string, openTaskCount: number, overdueTaskCount: number) =>
  makeFragmentData(
    {
      id,
      reference: `OCG-${id}`,
      name,
      status: 'ACTIVE',
      tier: 'Tier 1',
      scoreTotal: 70,
      crimeTypes: ['DRUGS_SUPPLY'],
      areas: ['Eastvale'],
      lroName: null,
      gscMarking: 'OFFICIAL_SENSITIVE',
      openTaskCount,
      overdueTaskCount,
    },
    OcgRowFragment,
  );

describe('the group list', () => {
  it("shows each group's open tasks, calling out those overdue", () => {
    render(
      <MemoryRouter>
        <OcgTable caption="Organised crime groups" ocgs={[row('1', 'Harbour crew', 3, 1), row('2', 'Quiet group', 0, 0)]} />
      </MemoryRouter>,
    );
    const [, first, second] = screen.getAllByRole('row');
    expect(within(first).getByRole('cell', { name: '3 1 overdue' })).toBeInTheDocument();
    expect(within(second).getByRole('cell', { name: 'None' })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Open tasks' })).toBeInTheDocument();
  });
});
