import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { SEARCH_DEBOUNCE_MS } from '../../search/components/RecordSearch';
import { NominalSearchQuery } from '../graphql/nominal-search.query';
import { AddNominalChoice } from './AddNominalChoice';

const hit = (id: string, reference: string, title: string, withheld = false) => ({
  __typename: 'SearchHit',
  id,
  title,
  subtitle: withheld ? `${reference} · personal details withheld` : `${reference} · aka Whit`,
  nominal: { __typename: 'Nominal', id, reference, personalDataWithheld: withheld },
});

function searchMock(text: string, requested: string[]): MockLink.MockedResponse {
  return {
    request: { query: NominalSearchQuery, variables: { panelId: 'panel-1', text, limit: 25 } },
    result: () => {
      requested.push(text);
      return {
        data: {
          search: {
            __typename: 'SearchResults',
            namesSearched: true,
            hits: [hit('n1', 'N-0001', 'Jason WHITLOCK'), hit('n2', 'N-0002', 'N-0002', true), hit('n3', 'N-0003', 'Wayne WHITBY')],
          },
        },
      };
    },
    maxUsageCount: 5,
  };
}

function renderChoice(mocks: MockLink.MockedResponse[] = []) {
  const onCreate = jest.fn(async () => undefined);
  const onAddExisting = jest.fn(async () => undefined);
  const none = { fieldErrors: {}, general: [] };
  render(
    <MockedProvider mocks={mocks}>
      <AddNominalChoice
        panelId="panel-1"
        memberIds={['n3']}
        caption="OCG-0001 Operation Osprey"
        cancel={<a href="/ocgs/o1">Cancel</a>}
        onCreate={onCreate}
        onAddExisting={onAddExisting}
        createErrors={none}
        existingErrors={none}
        submitting={false}
      />
    </MockedProvider>,
  );
  return { onCreate, onAddExisting };
}

describe('adding a nominal to a group', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('opens with nothing chosen, then shows the new-nominal form for someone new', async () => {
    const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
    renderChoice();
    expect(screen.getByRole('group', { name: 'Who are you adding?' })).toBeInTheDocument();
    expect(screen.getByLabelText('Someone new')).not.toBeChecked();
    expect(screen.getByLabelText('Someone already recorded')).not.toBeChecked();
    expect(screen.queryByLabelText('Surname')).not.toBeInTheDocument();
    await user.click(screen.getByLabelText('Someone new'));
    expect(screen.getByLabelText('Surname')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add nominal' })).toBeInTheDocument();
    expect(screen.queryByLabelText('Find the person')).not.toBeInTheDocument();
  });

  it('finds someone already recorded as you type and adds them with a role, without creating anyone', async () => {
    const requested: string[] = [];
    const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
    const { onCreate, onAddExisting } = renderChoice([searchMock('whit', requested)]);
    await user.click(screen.getByLabelText('Someone already recorded'));
    expect(screen.queryByLabelText('Surname')).not.toBeInTheDocument();

    await user.type(screen.getByLabelText('Find the person'), 'whit');
    await act(() => jest.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS));
    const people = await screen.findByRole('group', { name: 'Select the person' });
    expect(requested).toEqual(['whit']);
    // Withheld by reference only; someone already in the group is not offered again.
    expect(screen.getByLabelText('N-0002 (details withheld)')).toBeInTheDocument();
    expect(screen.queryByLabelText('Wayne WHITBY')).not.toBeInTheDocument();
    expect(screen.getByText('2 people found; 1 already in this group not listed')).toBeInTheDocument();
    expect(people).toBeInTheDocument();

    await user.click(screen.getByLabelText('Jason WHITLOCK'));
    await user.click(screen.getByLabelText('Principal'));
    await user.click(screen.getByRole('button', { name: 'Add to group' }));
    expect(onAddExisting).toHaveBeenCalledWith({ nominalId: 'n1', role: 'PRINCIPAL' });
    expect(onCreate).not.toHaveBeenCalled();
  });

  it('asks for a search and a role before adding someone already recorded', async () => {
    const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
    const { onAddExisting } = renderChoice();
    await user.click(screen.getByLabelText('Someone already recorded'));
    await user.click(screen.getByRole('button', { name: 'Add to group' }));
    expect(onAddExisting).not.toHaveBeenCalled();
    expect(screen.getByRole('link', { name: /Search for the person/ })).toHaveAttribute('href', '#nominal-search');
    expect(screen.getByRole('link', { name: 'Select the nominal’s role in this group' })).toHaveAttribute('href', '#role');
  });
});
