import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ApolloClient, ApolloLink } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { Observable } from 'rxjs';
import type { RecordReviewDueFieldsFragment } from '../../../gql/graphql';
import { createCache } from '../../app/apollo-client';
import { ReviewDecisionForm } from './ReviewDecisionForm';

const TODAY = '2026-12-07';
const nominal: RecordReviewDueFieldsFragment = {
  kind: 'NOMINAL',
  id: 'n-1',
  reference: 'N-0107',
  name: 'Lee ASHDOWN',
  nextReviewOn: '2026-11-30',
  createdAt: '2021-03-01T10:00:00Z',
  leadOfficers: ['Sam Lead'],
  version: 4,
};

function Queue() {
  return <p>Queue: {(useLocation().state as { done?: string } | null)?.done}</p>;
}

function renderForm(item: RecordReviewDueFieldsFragment) {
  const sent: Record<string, unknown>[] = [];
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        sent.push({ name: operation.operationName, ...operation.variables });
        observer.next({
          data: {
            reviewRecord: {
              __typename: 'RecordReview',
              id: 'r-1',
              decision: 'DISPOSE',
              reference: item.reference,
              nextReviewOn: null,
              erasedCount: 3,
            },
          },
        });
        observer.complete();
      }),
  );
  render(
    <ApolloProvider client={new ApolloClient({ link, cache: createCache() })}>
      <MemoryRouter initialEntries={['/reviews/n-1']}>
        <Routes>
          <Route path="/reviews/:id" element={<ReviewDecisionForm item={item} today={TODAY} />} />
          <Route path="/reviews" element={<Queue />} />
        </Routes>
      </MemoryRouter>
    </ApolloProvider>,
  );
  return { sent: () => sent.filter((s) => s.name === 'ReviewRecord') };
}

describe('a review decision', () => {
  it('asks for a decision and a reason, and a future date to retain, before sending anything', async () => {
    const { sent } = renderForm(nominal);
    await userEvent.click(screen.getByRole('button', { name: 'Record the decision' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Choose what to do with the record');
    expect(screen.getByRole('alert')).toHaveTextContent('Enter the reason for the decision');
    await userEvent.click(screen.getByLabelText('Retain'));
    await userEvent.type(screen.getByLabelText('Next review date'), TODAY);
    await userEvent.click(screen.getByRole('button', { name: 'Record the decision' }));
    expect(screen.getByRole('alert')).toHaveTextContent('The next review date must be in the future');
    expect(sent()).toEqual([]);
  });

  it('offers a group no disposal', () => {
    renderForm({ ...nominal, kind: 'OCG', reference: 'OCG-0042', name: 'The Riverside group' });
    expect(screen.getByLabelText('Archive')).toBeInTheDocument();
    expect(screen.queryByLabelText('Dispose of')).not.toBeInTheDocument();
  });

  it('disposes of a nominal only after the confirm step, then returns to the queue saying so', async () => {
    const { sent } = renderForm(nominal);
    await userEvent.click(screen.getByLabelText('Dispose of'));
    expect(screen.queryByLabelText('Next review date')).not.toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Reason for the decision'), 'No longer of interest');
    await userEvent.click(screen.getByRole('button', { name: 'Record the decision' }));
    expect(screen.getByRole('heading', { name: 'Dispose of N-0107, Lee ASHDOWN?' })).toHaveFocus();
    expect(sent()).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await userEvent.click(screen.getByRole('button', { name: 'Record the decision' }));
    await userEvent.click(screen.getByRole('button', { name: 'Dispose of the record' }));
    expect(await screen.findByText('Queue: N-0107 disposed of')).toBeInTheDocument();
    expect(sent()).toEqual([
      {
        name: 'ReviewRecord',
        input: { kind: 'NOMINAL', id: 'n-1', version: 4, decision: 'DISPOSE', rationale: 'No longer of interest', nextReviewOn: null },
      },
    ]);
  });
});
