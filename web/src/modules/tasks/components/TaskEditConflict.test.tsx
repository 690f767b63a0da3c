import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { addDays, londonToday } from '@sentinel/shared';
import { renderRoute, viewerMock } from '../../../test/render';
import { AgencyOptionsQuery } from '../../agencies/graphql/agency-options.query';
import { EditTaskMutation } from '../graphql/edit-task.mutation';
import { TaskOwnerOptionsQuery } from '../graphql/task-owner-options.query';
import { TaskQuery } from '../graphql/task.query';

const SOON = addDays(londonToday(), 14);
const LATER = addDays(londonToday(), 28);

function task(version: number, dueOn: string) {
  return {
    __typename: 'Task',
    id: 'task-1',
    panelId: 'panel-1',
    reference: 'A-0007',
    title: 'Check the licence',
    description: null,
    status: 'OPEN',
    dueOn,
    isOverdue: false,
    priority: 'MEDIUM',
    strand: null,
    gscMarking: 'OFFICIAL_SENSITIVE',
    agencyId: 'agency-2',
    ownerUserId: null,
    ownerName: null,
    blockedReason: null,
    notDoneCause: null,
    closingNote: null,
    closedAt: null,
    disruptionId: null,
    version,
    updatedAt: '2026-12-01T10:00:00.000Z',
    agency: { __typename: 'Agency', id: 'agency-2', name: 'HM Revenue and Customs' },
    ocg: null,
    nominal: null,
    updates: [],
  };
}

const read = (version: number, dueOn: string): MockLink.MockedResponse => ({
  request: { query: TaskQuery, variables: { id: 'task-1' } },
  result: { data: { task: task(version, dueOn) } },
});
const agencies: MockLink.MockedResponse = {
  request: { query: AgencyOptionsQuery, variables: { panelId: 'panel-1' } },
  result: {
    data: {
      agencies: { __typename: 'AgencyPage', totalCount: 1, nodes: [{ __typename: 'Agency', id: 'agency-2', name: 'HM Revenue and Customs' }] },
    },
  },
};
const owners: MockLink.MockedResponse = {
  request: { query: TaskOwnerOptionsQuery, variables: { panelId: 'panel-1', agencyId: 'agency-2' } },
  result: { data: { members: { __typename: 'MemberPage', totalCount: 0, nodes: [] } } },
};
const input = (version: number) => ({
  title: 'Check the premises licence',
  description: null,
  agencyId: 'agency-2',
  ownerUserId: null,
  dueOn: SOON,
  priority: 'MEDIUM',
  strand: null,
  gscMarking: 'OFFICIAL_SENSITIVE',
  id: 'task-1',
  version,
});

describe('a task edited by someone else meanwhile', () => {
  it('names what changed as the form does, lays the two changes side by side, and saves again on the newer version without retyping', async () => {
    const user = userEvent.setup();
    const saved = jest.fn(() => ({ data: { editTask: { ...task(3, SOON), title: 'Check the premises licence' } } }));
    const message = 'This task was changed by someone else since you opened it: Due date changed. Check their changes beside yours, then save again.';
    renderRoute('/tasks/task-1/edit', [
      viewerMock(),
      read(1, SOON),
      agencies,
      owners,
      {
        request: { query: EditTaskMutation, variables: { input: input(1) } },
        result: { errors: [{ message, extensions: { code: 'CONFLICT', changedFields: ['dueOn'] } }] },
      },
      read(2, LATER),
      { request: { query: EditTaskMutation, variables: { input: input(2) } }, result: saved },
      read(3, SOON),
    ]);
    const title = await screen.findByLabelText('Title', {}, { timeout: 5000 });
    await user.clear(title);
    await user.type(title, 'Check the premises licence');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent('Due date changed');
    const review = await screen.findByTestId('conflict-review', {}, { timeout: 5000 });
    const row = within(review).getByRole('row', { name: /Due date/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual([SOON, LATER]);
    // What the person typed is still in the form; saving again sends it against the newer version.
    expect(screen.getByLabelText('Title')).toHaveValue('Check the premises licence');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(saved).toHaveBeenCalledTimes(1), { timeout: 5000 });
  }, 20_000);
});
