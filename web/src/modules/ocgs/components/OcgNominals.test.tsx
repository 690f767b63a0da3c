import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { OcgNominals } from './OcgNominals';

const nominal = (over: Record<string, unknown>) => ({
  id: 'n1',
  reference: 'N-0007',
  displayName: 'Dean HARGREAVES',
  personalDataWithheld: false,
  withheldReason: null,
  riskToOfficers: false,
  isChild: false,
  isVulnerable: false,
  ...over,
});

function renderNominals(members: Parameters<typeof OcgNominals>[0]['nominals']) {
  return render(
    <MemoryRouter>
      <OcgNominals ocgId="o1" nominals={members} canWrite={false} />
    </MemoryRouter>,
  );
}

describe('nominals of a group', () => {
  it('shows a withheld nominal by reference, with the reason in inset text and no name', () => {
    const { container } = renderNominals([
      {
        role: 'PRINCIPAL',
        nominal: nominal({
          displayName: 'N-0007',
          personalDataWithheld: true,
          withheldReason: 'Your agency’s information-sharing agreement has expired',
        }),
      },
    ]);
    const inset = container.querySelector('.govuk-inset-text');
    expect(inset).toHaveTextContent('Your agency’s information-sharing agreement has expired');
    const table = screen.getByRole('table', { name: 'Nominals in this group' });
    expect(within(table).getByRole('link', { name: 'N-0007 (details withheld)' })).toHaveAttribute('href', '/nominals/n1');
    expect(screen.queryByText(/HARGREAVES/)).not.toBeInTheDocument();
  });

  it('never shows a name for a withheld nominal, even if one were sent', () => {
    renderNominals([{ role: 'ASSOCIATE', nominal: nominal({ personalDataWithheld: true, withheldReason: 'Withheld' }) }]);
    expect(screen.queryByText(/HARGREAVES/)).not.toBeInTheDocument();
  });

  it('shows the name and flags of a nominal the viewer may see, without inset text', () => {
    const { container } = renderNominals([{ role: 'SIGNIFICANT', nominal: nominal({ riskToOfficers: true }) }]);
    expect(screen.getByRole('link', { name: 'Dean HARGREAVES' })).toBeInTheDocument();
    expect(screen.getByText('Significant')).toBeInTheDocument();
    expect(screen.getByText('Risk to officers')).toBeInTheDocument();
    expect(container.querySelector('.govuk-inset-text')).toBeNull();
  });
});
