import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { MemoryRouter } from 'react-router';
import { SearchRecordsQuery } from '../graphql/search.query';
import { RecordSearch, SEARCH_DEBOUNCE_MS } from './RecordSearch';

function hitsFor(text: string, requested: string[]): MockLink.MockedResponse {
  return {
    request: { query: SearchRecordsQuery, variables: { panelId: 'panel-1', text, limit: 25 } },
    result: () => {
      requested.push(text);
      return {
        data: {
          search: {
            __typename: 'SearchResults',
            namesSearched: false,
            hits: [
              {
                __typename: 'SearchHit',
                id: 'o1',
                kind: 'OCG',
                title: 'Operation Harrier',
                subtitle: 'OCG-0001',
                score: 0.9,
                nominal: null,
                vehicle: null,
                place: null,
              },
              {
                __typename: 'SearchHit',
                id: 'n1',
                kind: 'NOMINAL',
                title: 'N-0007',
                subtitle: 'Born 1990',
                score: 0.8,
                nominal: { __typename: 'Nominal', id: 'n1', reference: 'N-0007', personalDataWithheld: true },
                vehicle: null,
                place: null,
              },
            ],
          },
        },
      };
    },
    maxUsageCount: 5,
  };
}

describe('search as you type', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('waits for a pause in typing and for two characters before it searches', async () => {
    const requested: string[] = [];
    const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
    render(
      <MockedProvider mocks={[hitsFor('ha', requested), hitsFor('har', requested)]}>
        <MemoryRouter>
          <RecordSearch panelId="panel-1" />
        </MemoryRouter>
      </MockedProvider>,
    );
    const box = screen.getByLabelText('Search records');
    await user.type(box, 'h');
    await act(() => jest.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS * 2));
    expect(screen.getByText('Enter at least 2 characters')).toBeInTheDocument();
    expect(requested).toEqual([]);

    await user.type(box, 'ar');
    await act(() => jest.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS - 1));
    expect(requested).toEqual([]);
    await act(() => jest.advanceTimersByTimeAsync(1));
    expect(await screen.findByRole('link', { name: 'Operation Harrier' })).toHaveAttribute('href', '/ocgs/o1');
    // Typing "a" then "r" quickly made one request, for the settled text only.
    expect(requested).toEqual(['har']);
  });

  it('shows withheld nominals by reference only, and says names were not searched', async () => {
    const requested: string[] = [];
    const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
    render(
      <MockedProvider mocks={[hitsFor('ha', requested)]}>
        <MemoryRouter>
          <RecordSearch panelId="panel-1" />
        </MemoryRouter>
      </MockedProvider>,
    );
    await user.type(screen.getByLabelText('Search records'), 'ha');
    await act(() => jest.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS));
    expect(await screen.findByRole('link', { name: 'N-0007 (details withheld)' })).toHaveAttribute('href', '/nominals/n1');
    expect(screen.queryByText('Born 1990')).not.toBeInTheDocument();
    expect(screen.getByText(/looked up by reference only/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Groups (1)' })).toBeInTheDocument();
  });
});
