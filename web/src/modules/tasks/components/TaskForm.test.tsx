import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { addDays, londonToday } from '@sentinel/shared';
import { renderRoute, viewerMock } from '../../../test/render';
import { groupChoiceMock, groupSearchMock, mockGroup } from '../../../test/group-mocks';
import { AgencyOptionsQuery } from '../../agencies/graphql/agency-options.query';
import { GROUP_SEARCH_DEBOUNCE_MS } from '../../ocgs/utils/group-picker';
import { AllocateTaskMutation } from '../graphql/allocate-task.mutation';
import { EditTaskMutation } from '../graphql/edit-task.mutation';
import { TaskOwnerOptionsQuery } from '../graphql/task-owner-options.query';
import { TaskQuery } from '../graphql/task.query';
import { conflictReviewRow } from '../../../test/conflict-review';

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
const juniper = mockGroup(42, 'Operation Juniper');
const larch = mockGroup(742, 'Operation Larch', 'ARCHIVED');

function allocate(ocgId: string | null, result: MockLink.MockedResponse['result']): MockLink.MockedResponse {
  const input = {
    title: 'Check the car wash turnover',
    description: null,
    agencyId: 'agency-2',
    ownerUserId: null,
    dueOn: null,
    priority: 'MEDIUM',
    strand: null,
    gscMarking: 'OFFICIAL_SENSITIVE',
    panelId: 'panel-1',
    ocgId,
  };
  return { request: { query: AllocateTaskMutation, variables: { input } }, result };
}

async function fillRequired(user: ReturnType<typeof userEvent.setup>) {
  await user.type(await screen.findByLabelText('Title'), 'Check the car wash turnover');
  await user.selectOptions(screen.getByLabelText('Agency'), 'HM Revenue and Customs');
}

describe('allocating a task linked to a group', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('starts from the group in the address, sends the group picked instead, and shows the API’s answer beside the picker', async () => {
    const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
    const refused = allocate('ocg-742', {
      errors: [{ message: 'Select a group on this panel', extensions: { code: 'BAD_USER_INPUT', field: 'ocgId' } }],
    });
    renderRoute('/tasks/new?ocgId=ocg-42', [viewerMock(), agencies, owners, groupChoiceMock(juniper), groupSearchMock('larch', [larch]), refused]);
    expect(await screen.findByRole('radio', { name: 'OCG-0042 Operation Juniper' })).toBeChecked();
    await fillRequired(user);

    await user.click(screen.getByRole('button', { name: 'Change group' }));
    await user.type(screen.getByRole('textbox', { name: 'Group' }), 'larch');
    await act(() => jest.advanceTimersByTimeAsync(GROUP_SEARCH_DEBOUNCE_MS));
    await user.click(await screen.findByRole('radio', { name: 'OCG-0742 Operation Larch' }));
    await user.click(screen.getByRole('button', { name: 'Allocate task' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Select a group on this panel' })).toHaveAttribute('href', '#ocgId');
    const box = screen.getByRole('textbox', { name: 'Group' });
    expect(box).toHaveAttribute('id', 'ocgId');
    expect(box).toHaveAccessibleDescription(/Error: Select a group on this panel$/);
  });

  it('sends no group once "Not linked to a group" is chosen', async () => {
    const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
    const sent = jest.fn(() => ({ errors: [{ message: 'Stop here', extensions: { code: 'CONFLICT' } }] }));
    renderRoute('/tasks/new?ocgId=ocg-42', [viewerMock(), agencies, owners, groupChoiceMock(juniper), allocate(null, sent)]);
    await user.click(await screen.findByRole('radio', { name: 'Not linked to a group' }));
    await fillRequired(user);
    await user.click(screen.getByRole('button', { name: 'Allocate task' }));
    await waitFor(() => expect(sent).toHaveBeenCalledTimes(1));
    expect(await screen.findByRole('alert')).toHaveTextContent('Stop here');
  });
});

describe('what the task form refuses', () => {
  it('keeps an over-long title and description whole, counts them, and refuses them at the field without sending', async () => {
    const user = userEvent.setup();
    const sent = jest.fn(() => ({ errors: [{ message: 'Should not be sent', extensions: { code: 'CONFLICT' } }] }));
    renderRoute('/tasks/new', [viewerMock(), agencies, owners, allocate(null, sent)]);
    const title = await screen.findByLabelText('Title');
    await user.click(title);
    await user.paste('t'.repeat(400));
    expect(title).toHaveValue('t'.repeat(400));
    expect(title).toHaveAccessibleDescription(/You have 200 characters too many/);
    await user.click(screen.getByLabelText('Description'));
    await user.paste('d'.repeat(12_000));
    expect(screen.getByLabelText('Description')).toHaveValue('d'.repeat(12_000));
    await user.selectOptions(screen.getByLabelText('Agency'), 'HM Revenue and Customs');
    await user.click(screen.getByRole('button', { name: 'Allocate task' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Title must be 200 characters or fewer' })).toHaveAttribute('href', '#title');
    expect(within(summary).getByRole('link', { name: 'Description must be 4,000 characters or fewer' })).toHaveAttribute('href', '#description');
    expect(screen.getByLabelText('Title')).toHaveValue('t'.repeat(400));
    expect(sent).not.toHaveBeenCalled();
  });

  it('refuses a due date in the past at the field', async () => {
    const user = userEvent.setup();
    renderRoute('/tasks/new', [viewerMock(), agencies, owners]);
    await fillRequired(user);
    await user.type(screen.getByLabelText('Due date'), '2025-01-01');
    await user.click(screen.getByRole('button', { name: 'Allocate task' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Due date must be today or in the future' })).toHaveAttribute('href', '#dueOn');
    expect(screen.getByLabelText('Due date')).toHaveAccessibleDescription(/Error: Due date must be today or in the future/);
  });
});

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
    expect(await conflictReviewRow(/Due date/)).toEqual([SOON, LATER]);
    // What the person typed is still in the form; saving again sends it against the newer version.
    expect(screen.getByLabelText('Title')).toHaveValue('Check the premises licence');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(saved).toHaveBeenCalledTimes(1), { timeout: 5000 });
  }, 20_000);
});
