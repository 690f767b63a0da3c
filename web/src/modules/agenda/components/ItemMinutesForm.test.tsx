import { useState } from 'react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import type { AgendaItemFieldsFragment } from '../../../gql/graphql';
import { conflictReviewRow } from '../../../test/conflict-review';
import { createCache } from '../../app/apollo-client';
import { RecordItemMinutesMutation } from '../graphql/record-item-minutes.mutation';
import { ItemMinutesForm } from './ItemMinutesForm';

const item = (version: number, notes: string | null, decisions: string | null) =>
  ({
    __typename: 'AgendaItem',
    id: 'item-1',
    meetingId: 'meeting-1',
    kind: 'OCG_REVIEW',
    position: 4,
    title: 'Organised crime groups for review',
    minutesAllocated: 35,
    predictedStart: '2026-12-08T10:35:00Z',
    predictedEnd: '2026-12-08T11:10:00Z',
    overruns: false,
    presenterName: null,
    presenterUserId: null,
    presenterAgencyId: null,
    restrictedToIds: [],
    restrictedTo: [],
    notes,
    decisions,
    startedAt: '2026-12-08T10:36:00Z',
    endedAt: null,
    version,
    records: [],
    tasks: [],
  }) as AgendaItemFieldsFragment;

const record = (version: number): MockLink.MockedResponse['request'] => ({
  query: RecordItemMinutesMutation,
  variables: { input: { itemId: 'item-1', version, notes: '<p>Harbour Road group rescored</p>', decisions: '' } },
});

// The live meeting's item as the page holds it: read again on a CONFLICT, as the chair's page does.
function LiveItem({ reloaded }: { reloaded: AgendaItemFieldsFragment }) {
  const [current, setCurrent] = useState(item(1, null, null));
  return (
    <ItemMinutesForm
      item={current}
      reload={async () => {
        setCurrent(reloaded);
        return reloaded.version;
      }}
    />
  );
}

describe('minutes recorded against an item while someone else recorded theirs', () => {
  it('keeps the notes typed beside the ones saved meanwhile, and saves them again on the newer version', async () => {
    const user = userEvent.setup();
    const message =
      'This agenda item was changed by someone else since you opened it: Decisions, Notes changed. Check their changes beside yours, then save again.';
    const saved = jest.fn(() => ({ data: { recordItemMinutes: item(3, '<p>Harbour Road group rescored</p>', null) } }));
    render(
      <MockedProvider
        cache={createCache()}
        mocks={[
          { request: record(1), result: { errors: [{ message, extensions: { code: 'CONFLICT', changedFields: ['decisions', 'notes'] } }] } },
          { request: record(2), result: saved },
        ]}
      >
        <LiveItem reloaded={item(2, '<p>Two arrests last month</p>', '<p>Refer to HMRC</p>')} />
      </MockedProvider>,
    );
    await user.type(screen.getByLabelText('Notes'), 'Harbour Road group rescored');
    await user.click(screen.getByRole('button', { name: 'Save minutes' }));

    expect(await screen.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent('Decisions, Notes changed');
    expect(await conflictReviewRow(/Notes/)).toEqual(['Harbour Road group rescored', 'Two arrests last month']);
    expect(await conflictReviewRow(/Decisions/)).toEqual(['Not given', 'Refer to HMRC']);
    expect(screen.getByLabelText('Notes')).toHaveValue('Harbour Road group rescored');
    await user.click(screen.getByRole('button', { name: 'Save minutes' }));
    await waitFor(() => expect(saved).toHaveBeenCalledTimes(1), { timeout: 5000 });
    expect(await screen.findByText('Minutes saved for Organised crime groups for review.')).toBeInTheDocument();
    expect(screen.queryByTestId('conflict-review')).not.toBeInTheDocument();
  }, 20_000);
});
