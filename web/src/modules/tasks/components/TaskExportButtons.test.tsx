import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { LIMITS } from '@sentinel/shared';
import { renderRoute, viewerMock } from '../../../test/render';
import type { TaskFilter, TaskSort } from '../../../gql/graphql';
import { AgencyOptionsQuery } from '../../agencies/graphql/agency-options.query';
import { ExportTasksMutation } from '../graphql/export-tasks.mutation';
import { TaskChangedSubscription } from '../graphql/task-changed.subscription';
import { TaskBoardQuery } from '../graphql/task-board.query';
import { TasksQuery } from '../graphql/tasks.query';

const EMPTY: TaskFilter = { statuses: null, agencyId: null, ocgId: null, overdueOnly: false };
const CHOSEN: TaskFilter = { statuses: ['OPEN', 'BLOCKED'], agencyId: 'agency-2', ocgId: null, overdueOnly: true };

const task = (n: number, title: string, status = 'OPEN') => ({
  __typename: 'Task',
  id: `task-${n}`,
  reference: `A-000${n}`,
  title,
  status,
  dueOn: '2026-11-01',
  isOverdue: true,
  ownerName: null,
  priority: 'HIGH',
  gscMarking: 'OFFICIAL_SENSITIVE',
  updatedAt: '2026-11-02T10:00:00.000Z',
  agency: { __typename: 'Agency', id: 'agency-2', name: 'HMRC' },
  ocg: null,
});

function listMock(filter: TaskFilter, sort: TaskSort, nodes: unknown[]): MockLink.MockedResponse {
  return {
    request: { query: TasksQuery, variables: { panelId: 'panel-1', filter, sort, limit: LIMITS.pageSizeDefault, offset: 0 } },
    result: { data: { tasks: { __typename: 'TaskPage', totalCount: nodes.length, nodes } } },
  };
}

describe('exporting from the task board', () => {
  beforeAll(() => {
    // jsdom has neither object URLs nor downloads: the file itself is the API's business, tested there.
    URL.createObjectURL = jest.fn(() => 'blob:export');
    URL.revokeObjectURL = jest.fn();
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  });

  it('sends the export the very filter and sort the list was asked with', async () => {
    const user = userEvent.setup();
    renderRoute('/tasks/board', [
      viewerMock({ role: 'CHAIR' }),
      {
        request: { query: TaskBoardQuery, variables: { panelId: 'panel-1' } },
        result: { data: { taskBoard: { __typename: 'TaskBoard', byAgency: [], byStatus: [], byOcg: [] } } },
      },
      {
        request: { query: AgencyOptionsQuery, variables: { panelId: 'panel-1' } },
        result: {
          data: {
            agencies: {
              __typename: 'AgencyPage',
              totalCount: 2,
              nodes: [
                { __typename: 'Agency', id: 'agency-1', name: 'Durham Police' },
                { __typename: 'Agency', id: 'agency-2', name: 'HMRC' },
              ],
            },
          },
        },
      },
      // The board listens for changes; none happen here.
      { request: { query: TaskChangedSubscription, variables: { panelId: 'panel-1' } }, result: { data: null }, delay: 60_000 },
      listMock(EMPTY, 'OVERDUE_FIRST', [task(1, 'Freeze the accounts'), task(2, 'Visit the garage')]),
      listMock(CHOSEN, 'OVERDUE_FIRST', [task(1, 'Freeze the accounts')]),
      listMock(CHOSEN, 'DUE', [task(1, 'Freeze the accounts')]),
      {
        request: { query: ExportTasksMutation, variables: { panelId: 'panel-1', format: 'XLSX', filter: CHOSEN, sort: 'DUE' } },
        result: {
          data: {
            exportTasks: {
              __typename: 'ExportFile',
              base64: btoa('xlsx'),
              contentType: 'application/vnd.ms-excel',
              filename: 'tasks-2026-12-05.xlsx',
              rowCount: 1,
            },
          },
        },
      },
    ]);
    expect(await screen.findByText('Showing 1 to 2 of 2 tasks')).toBeInTheDocument();
    const filters = screen.getByRole('form', { name: 'Filter tasks' });
    await user.click(within(filters).getByRole('checkbox', { name: 'Open' }));
    await user.click(within(filters).getByRole('checkbox', { name: 'Blocked' }));
    await user.selectOptions(await within(filters).findByRole('combobox', { name: 'Agency' }), 'agency-2');
    await user.click(within(filters).getByRole('checkbox', { name: 'Overdue only' }));
    await user.click(within(filters).getByRole('button', { name: 'Apply filters' }));
    expect(await screen.findByText('Showing 1 to 1 of 1 task')).toBeInTheDocument();
    const sort = screen.getByRole('form', { name: 'Sort tasks' });
    await user.selectOptions(within(sort).getByRole('combobox', { name: 'Sort by' }), 'DUE');
    await user.click(within(sort).getByRole('button', { name: 'Sort' }));

    await user.click(screen.getByRole('button', { name: 'Export XLSX' }));
    expect(await screen.findByText('Downloaded tasks-2026-12-05.xlsx: 1 task.')).toBeInTheDocument();
  });
});
