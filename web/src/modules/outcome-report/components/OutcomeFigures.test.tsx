import { render, screen, within } from '@testing-library/react';
import type { OutcomeReportQuery } from '../../../gql/graphql';
import { OutcomeFigures } from './OutcomeFigures';

const report: OutcomeReportQuery['outcomeReport'] = {
  from: '2026-01-01',
  to: '2026-06-30',
  referralsReceived: 12,
  referralsAccepted: 9,
  operationsAdopted: 2,
  groupsMapped: 3,
  groupsDismantled: 1,
  nominalsIdentified: 1234,
  vehiclesIdentified: 7,
  disruptions: 40,
  arrests: 15,
  charges: 11,
  custodialYears: 22.5,
  cashSeizedGbp: 48250,
  drugsSeized: [{ type: 'Cocaine', kg: 2.125 }],
  firearms: 2,
  rounds: 50,
  childrenSafeguarded: 4,
  adultsSafeguarded: 3,
  restraintOrders: 1,
  licencesReviewed: 2,
  licencesRevoked: 1,
  taxActions: 5,
  benefitActions: 2,
  premisesClosed: 1,
  vehiclesSeized: 3,
  scoreChanges: [{ reference: 'OCG-0001', name: 'Operation Larch', before: 120, latest: 90, change: -30 }],
  averageScoreChange: -30,
  agencies: [{ agencyId: 'a1', agencyName: 'HMRC', tasksCompleted: 6, disruptions: 4, major: 1, moderate: 2, minor: 1, noImpact: 0, negative: 0 }],
};

describe('OutcomeFigures', () => {
  it('groups the published figures and formats money, weights and years', () => {
    render(<OutcomeFigures report={report} />);
    const seizures = screen.getByRole('region', { name: 'Seizures' });
    expect(within(seizures).getByText('Cash seized').nextSibling).toHaveTextContent('£48,250');
    expect(within(seizures).getByText('Drugs seized: Cocaine').nextSibling).toHaveTextContent('2.13 kg');
    const justice = screen.getByRole('region', { name: 'Criminal justice' });
    expect(within(justice).getByText('Custodial sentences (total)').nextSibling).toHaveTextContent('22.5 years');
    const groups = screen.getByRole('region', { name: 'Referrals and groups' });
    expect(within(groups).getByText('Nominals identified').nextSibling).toHaveTextContent('1,234');
  });

  it('shows the change in threat score in words and each agency’s contribution', () => {
    render(<OutcomeFigures report={report} />);
    const scores = screen.getByRole('table', { name: /Threat score before/ });
    expect(within(scores).getAllByRole('row')[1]).toHaveTextContent('Down 30 (-25%)');
    const agencies = screen.getByRole('table', { name: /per agency/ });
    expect(within(agencies).getAllByRole('row')[1]).toHaveTextContent('HMRC');
    const heads = within(agencies)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(heads).toEqual([
      'Agency',
      'Tasks completed',
      'Disruptions',
      'Major impact',
      'Moderate impact',
      'Minor impact',
      'No impact',
      'Negative impact',
    ]);
  });
});
