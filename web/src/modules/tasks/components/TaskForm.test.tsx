import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { renderRoute, viewerMock } from '../../../test/render';
import { groupChoiceMock, groupSearchMock, mockGroup } from '../../../test/group-mocks';
import { AgencyOptionsQuery } from '../../agencies/graphql/agency-options.query';
import { GROUP_SEARCH_DEBOUNCE_MS } from '../../ocgs/utils/group-picker';
import { AllocateTaskMutation } from '../graphql/allocate-task.mutation';
import { TaskOwnerOptionsQuery } from '../graphql/task-owner-options.query';

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
