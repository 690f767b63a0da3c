import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import type { NominalDetailsFragment } from '../../../gql/graphql';
import { NominalPersonalDetails, RiskWarning } from './NominalDetails';

const base: NominalDetailsFragment = {
  __typename: 'Nominal',
  id: 'n1',
  panelId: 'panel-1',
  reference: 'N-0007',
  displayName: 'Dean HARGREAVES',
  personalDataWithheld: false,
  withheldReason: null,
  surname: 'Hargreaves',
  forenames: 'Dean',
  aliases: ['Deano'],
  dateOfBirth: '1991-04-02',
  isVulnerable: false,
  isChild: false,
  riskToOfficers: true,
  nextReviewOn: null,
  archivedAt: null,
  gscMarking: 'OFFICIAL_SENSITIVE',
  version: 1,
  ocgs: [],
  vehicles: [],
  places: [],
} as NominalDetailsFragment;

const withheld = {
  ...base,
  displayName: 'N-0007',
  personalDataWithheld: true,
  withheldReason: 'Your agency’s information-sharing agreement has expired',
  surname: null,
  forenames: null,
  aliases: null,
  dateOfBirth: null,
} as NominalDetailsFragment;

describe('a nominal’s personal details', () => {
  it('are replaced by inset text giving the reason when withheld', () => {
    const { container } = render(<NominalPersonalDetails nominal={withheld} canWrite />, { wrapper: MemoryRouter });
    expect(container.querySelector('.govuk-inset-text')).toHaveTextContent('Your agency’s information-sharing agreement has expired');
    expect(screen.queryByText('Surname')).not.toBeInTheDocument();
    expect(screen.queryByText('Date of birth')).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Change/ })).not.toBeInTheDocument();
  });

  it('are listed, with the risk to officers as a warning, when the viewer may see them', () => {
    render(
      <>
        <RiskWarning nominal={base} />
        <NominalPersonalDetails nominal={base} canWrite={false} />
      </>,
      { wrapper: MemoryRouter },
    );
    expect(screen.getByText('Hargreaves')).toBeInTheDocument();
    expect(screen.getByText('2 April 1991')).toBeInTheDocument();
    expect(screen.getByText(/Risk to officers: take care/)).toBeInTheDocument();
  });
});
