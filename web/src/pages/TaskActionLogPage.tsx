import { useEffect } from 'react';
import { useQuery } from '@apollo/client/react';
import { PERMISSIONS } from '@sentinel/shared';
import { BackLink } from '../ui/BackLink';
import { Loading } from '../ui/Loading';
import { Table, type TableColumn } from '../ui/Table';
import { getFragmentData } from '../gql';
import type { ActionLogQuery as ActionLogData } from '../gql/graphql';
import { RequirePermission } from '../modules/app/components/RequirePermission';
import { LoadFailed } from '../modules/app/components/StatusContent';
import { usePageTitle } from '../modules/app/usePageTitle';
import { formatDate } from '../modules/app/utils/dates';
import { holds, useViewer } from '../modules/app/viewer-context';
import { OverdueTag, TaskStatusTag } from '../modules/tasks/components/TaskTags';
import { ActionLogQuery } from '../modules/tasks/graphql/action-log.query';
import { TaskRowFragment } from '../modules/tasks/graphql/task-row.fragment';
import { formatDateTime } from '../modules/app/utils/dates';
import { statusChangeText } from '../modules/tasks/utils/task-status';

type Node = ActionLogData['tasks']['nodes'][number];
type Row = ReturnType<typeof useRows>[number];

function useRows(nodes: readonly Node[]) {
  const rows = getFragmentData(TaskRowFragment, nodes);
  return rows.map((row, i) => ({ row, latest: nodes[i].updates[0] ?? null }));
}

function latestText(latest: Row['latest']): string {
  if (!latest) return 'No updates';
  const what =
    latest.text ??
    (latest.kind === 'STATUS' ? statusChangeText(null, latest.toStatus) : null) ??
    (latest.kind === 'CREATED' ? 'Allocated' : 'Edited');
  return `${what} (${formatDateTime(latest.createdAt)}${latest.authorName ? `, ${latest.authorName}` : ''})`;
}

const columns: TableColumn<Row>[] = [
  { key: 'reference', header: 'Reference', cell: (r) => <span className="app-nowrap">{r.row.reference}</span> },
  { key: 'title', header: 'Task', cell: (r) => r.row.title },
  { key: 'group', header: 'Group', cell: (r) => (r.row.ocg ? `${r.row.ocg.reference} ${r.row.ocg.name}` : 'None') },
  {
    key: 'due',
    header: 'Due date',
    cell: (r) => (
      <>
        <span className="app-nowrap">{r.row.dueOn ? formatDate(r.row.dueOn) : 'No due date'}</span> {r.row.isOverdue && <OverdueTag />}
      </>
    ),
  },
  { key: 'status', header: 'Status', cell: (r) => <TaskStatusTag status={r.row.status} /> },
  { key: 'latest', header: 'Latest update', cell: (r) => <span className="app-pre-wrap">{latestText(r.latest)}</span> },
];

// A page of the API's at a time (it bounds the cost of one query), until every open task is in the log.
const MAX_ROWS = 500;

function ActionLog({ panelId }: { panelId: string }) {
  const { data, loading, error, fetchMore } = useQuery(ActionLogQuery, { variables: { panelId, offset: 0 } });
  const rows = useRows(data?.tasks.nodes ?? []);
  const loaded = data?.tasks.nodes.length ?? 0;
  const complete = !data || loaded >= Math.min(data.tasks.totalCount, MAX_ROWS);
  useEffect(() => {
    if (complete || loaded === 0) return;
    void fetchMore({
      variables: { offset: loaded },
      updateQuery: (previous, { fetchMoreResult }) => ({
        tasks: { ...fetchMoreResult.tasks, nodes: [...(previous.tasks?.nodes ?? []), ...fetchMoreResult.tasks.nodes] },
      }),
    }).catch(() => undefined);
  }, [complete, loaded, fetchMore]);
  if (error && !data) return <LoadFailed message={error.message} />;
  if (!data || !complete) return loading || !complete ? <Loading /> : null;
  if (rows.length === 0) return <p className="govuk-body">There are no open tasks.</p>;
  const byAgency = new Map<string, { name: string; rows: Row[] }>();
  for (const r of rows) {
    const entry = byAgency.get(r.row.agency.id) ?? { name: r.row.agency.name, rows: [] };
    entry.rows.push(r);
    byAgency.set(r.row.agency.id, entry);
  }
  const agencies = [...byAgency.values()].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <>
      <p className="govuk-body">
        {data.tasks.totalCount} open {data.tasks.totalCount === 1 ? 'task' : 'tasks'}, by agency, soonest due first.
        {data.tasks.totalCount > rows.length && ` The first ${rows.length} are listed.`}
      </p>
      {agencies.map((a) => (
        <section className="app-section app-print-section" key={a.name} aria-label={a.name}>
          <Table caption={`${a.name} (${a.rows.length})`} captionVisible columns={columns} rows={a.rows} rowKey={(r) => r.row.id} />
        </section>
      ))}
    </>
  );
}

export function TaskActionLogPage() {
  const { membership } = useViewer();
  usePageTitle('Action log');
  const printedOn = formatDate(new Date().toISOString().slice(0, 10));
  return (
    <RequirePermission permission={PERMISSIONS.TASK_READ}>
      <BackLink to={holds(membership, PERMISSIONS.TASK_READ_ALL) ? '/tasks/board' : '/tasks/mine'}>Back to tasks</BackLink>
      <span className="govuk-caption-l">{membership?.panel.name}</span>
      <h1 className="govuk-heading-l">Action log</h1>
      <p className="govuk-body">Open actions as at {printedOn}.</p>
      <div className="govuk-button-group app-no-print">
        <button type="button" className="govuk-button govuk-button--secondary" onClick={() => window.print()}>
          Print this page
        </button>
      </div>
      {membership && <ActionLog key={membership.panelId} panelId={membership.panelId} />}
    </RequirePermission>
  );
}
