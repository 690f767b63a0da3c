import { useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { PERMISSIONS } from '@sentinel/shared';
import { ButtonGroup, ButtonLink } from '../ui/Button';
import { Loading } from '../ui/Loading';
import { Pagination } from '../ui/Pagination';
import { Select, type SelectOption } from '../ui/Select';
import { AgencyOptionsQuery } from '../modules/agencies/graphql/agency-options.query';
import { RequirePermission } from '../modules/app/components/RequirePermission';
import { resultsText } from '../modules/app/components/SearchForm';
import { LoadFailed } from '../modules/app/components/StatusContent';
import { usePageTitle } from '../modules/app/usePageTitle';
import { usePaging } from '../modules/app/usePaging';
import { holds, useViewer } from '../modules/app/viewer-context';
import { AgencyFigures, OcgFigures, StatusFigures } from '../modules/tasks/components/TaskBoardFigures';
import { TaskExportButtons } from '../modules/tasks/components/TaskExportButtons';
import { TaskFilter } from '../modules/tasks/components/TaskFilter';
import { TasksSubNavigation } from '../modules/tasks/components/TasksSubNavigation';
import { TaskTable } from '../modules/tasks/components/TaskTable';
import { useLiveTaskRefetch } from '../modules/tasks/components/useLiveTaskRefetch';
import { TaskBoardQuery } from '../modules/tasks/graphql/task-board.query';
import { TasksQuery } from '../modules/tasks/graphql/tasks.query';
import { EMPTY_TASK_FILTER, TASK_SORT_OPTIONS, taskListFilter, type TaskFilterValues } from '../modules/tasks/utils/task-filter';
import type { TaskSort } from '../gql/graphql';

function SortForm({ sort, onSort }: { sort: TaskSort; onSort: (sort: TaskSort) => void }) {
  const [choice, setChoice] = useState<TaskSort>(sort);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSort(choice);
  };
  return (
    <form className="app-filters" onSubmit={submit} aria-label="Sort tasks">
      <Select id="sort" label="Sort by" value={choice} onChange={(v) => setChoice(v as TaskSort)} options={TASK_SORT_OPTIONS} />
      <button type="submit" className="govuk-button govuk-button--secondary">
        Sort
      </button>
    </form>
  );
}

function useAgencyOptions(panelId: string): SelectOption[] {
  const agencies = useQuery(AgencyOptionsQuery, { variables: { panelId } });
  return (agencies.data?.agencies.nodes ?? []).map((a) => ({ value: a.id, label: a.name }));
}

function Board({ panelId, canExport }: { panelId: string; canExport: boolean }) {
  const [filter, setFilter] = useState<TaskFilterValues>(EMPTY_TASK_FILTER);
  const [sort, setSort] = useState<TaskSort>('OVERDUE_FIRST');
  const paging = usePaging();
  const agencies = useAgencyOptions(panelId);
  const board = useQuery(TaskBoardQuery, { variables: { panelId } });
  // One filter object for the list and its export.
  const listFilter = taskListFilter(filter);
  const list = useQuery(TasksQuery, { variables: { panelId, filter: listFilter, sort, limit: paging.limit, offset: paging.offset } });
  useLiveTaskRefetch({ panelId, refetch: () => Promise.all([board.refetch(), list.refetch()]), delayMs: 500 });
  const apply = (next: TaskFilterValues) => {
    setFilter(next);
    paging.resetPage();
  };
  const onSort = (next: TaskSort) => {
    setSort(next);
    paging.resetPage();
  };
  return (
    <>
      {board.error && !board.data ? (
        <LoadFailed message={board.error.message} />
      ) : !board.data ? (
        <Loading />
      ) : (
        <>
          <section className="app-section" aria-label="By agency">
            <AgencyFigures rows={board.data.taskBoard.byAgency} />
          </section>
          <div className="govuk-grid-row">
            <section className="govuk-grid-column-one-third" aria-label="By status">
              <StatusFigures rows={board.data.taskBoard.byStatus} />
            </section>
            <section className="govuk-grid-column-two-thirds" aria-label="By group">
              <OcgFigures rows={board.data.taskBoard.byOcg} />
            </section>
          </div>
        </>
      )}
      <h2 className="govuk-heading-l" id="all-tasks">
        All tasks
      </h2>
      <div className="moj-filter-layout app-filter-layout--stacked">
        <div className="moj-filter-layout__filter">
          <TaskFilter panelId={panelId} applied={filter} onApply={apply} agencies={agencies} />
        </div>
        <div className="moj-filter-layout__content">
          <SortForm sort={sort} onSort={onSort} />
          {canExport && <TaskExportButtons panelId={panelId} filter={listFilter} sort={sort} />}
          {list.error && !list.data ? (
            <LoadFailed message={list.error.message} />
          ) : !list.data ? (
            <Loading />
          ) : (
            <>
              <p className="govuk-body" role="status">
                {resultsText(paging.offset, list.data.tasks.nodes.length, list.data.tasks.totalCount, ['task', 'tasks'])}
              </p>
              {list.data.tasks.nodes.length > 0 && <TaskTable tasks={list.data.tasks.nodes} caption="Tasks" showAgency />}
              <Pagination page={paging.page} pageCount={paging.pageCount(list.data.tasks.totalCount)} hrefFor={paging.hrefFor} />
            </>
          )}
        </div>
      </div>
    </>
  );
}

export function TaskBoardPage() {
  const { membership } = useViewer();
  usePageTitle('Panel task board');
  return (
    <RequirePermission permission={PERMISSIONS.TASK_READ_ALL}>
      <TasksSubNavigation />
      <h1 className="govuk-heading-l">Panel task board</h1>
      <ButtonGroup>
        {holds(membership, PERMISSIONS.TASK_MANAGE) && <ButtonLink to="/tasks/new">Allocate a task</ButtonLink>}
        <Link className="govuk-link" to="/tasks/action-log">
          Printable action log
        </Link>
      </ButtonGroup>
      {membership && <Board key={membership.panelId} panelId={membership.panelId} canExport={holds(membership, PERMISSIONS.TASK_EXPORT)} />}
    </RequirePermission>
  );
}
