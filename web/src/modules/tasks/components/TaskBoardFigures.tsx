import { Link } from 'react-router';
import { TASK_STATUS_LABELS } from '@sentinel/shared';
import { Table, type TableColumn } from '../../../ui/Table';
import type { TaskBoardQuery } from '../../../gql/graphql';
import { formatCompletionRate } from '../utils/board';
import { TaskStatusTag } from './TaskTags';

type Board = TaskBoardQuery['taskBoard'];
type AgencyRow = Board['byAgency'][number];
type StatusRow = Board['byStatus'][number];
type OcgRow = Board['byOcg'][number];

const agencyColumns: TableColumn<AgencyRow>[] = [
  { key: 'agency', header: 'Agency', cell: (r) => r.agency.name },
  { key: 'open', header: 'Open', numeric: true, cell: (r) => r.open },
  { key: 'overdue', header: 'Overdue', numeric: true, cell: (r) => r.overdue },
  { key: 'blocked', header: 'Blocked', numeric: true, cell: (r) => r.blocked },
  { key: 'completed', header: 'Completed', numeric: true, cell: (r) => r.completed },
  { key: 'notDone', header: 'Not done', numeric: true, cell: (r) => r.notDone },
  { key: 'rate', header: 'Completion rate', numeric: true, cell: (r) => formatCompletionRate(r.completionRate) },
];

const statusColumns: TableColumn<StatusRow>[] = [
  { key: 'status', header: 'Status', cell: (r) => <TaskStatusTag status={r.status} /> },
  { key: 'count', header: 'Tasks', numeric: true, cell: (r) => r.count },
];

const ocgColumns: TableColumn<OcgRow>[] = [
  {
    key: 'group',
    header: 'Group',
    cell: (r) => (
      <Link className="govuk-link" to={`/ocgs/${r.ocgId}#tasks`}>
        {r.reference} {r.name}
      </Link>
    ),
  },
  { key: 'open', header: 'Open', numeric: true, cell: (r) => r.open },
  { key: 'overdue', header: 'Overdue', numeric: true, cell: (r) => r.overdue },
];

export function AgencyFigures({ rows }: { rows: readonly AgencyRow[] }) {
  if (rows.length === 0) return <p className="govuk-body">No agency has a task yet.</p>;
  return (
    <>
      <Table caption="Tasks by agency" captionVisible columns={agencyColumns} rows={[...rows]} rowKey={(r) => r.agency.id} />
      <p className="govuk-hint">Completion rate: completed tasks as a share of closed tasks (completed or not done).</p>
    </>
  );
}

export function StatusFigures({ rows }: { rows: readonly StatusRow[] }) {
  const sorted = [...rows].sort((a, b) => Object.keys(TASK_STATUS_LABELS).indexOf(a.status) - Object.keys(TASK_STATUS_LABELS).indexOf(b.status));
  return <Table caption="Tasks by status" captionVisible columns={statusColumns} rows={sorted} rowKey={(r) => r.status} />;
}

export function OcgFigures({ rows }: { rows: readonly OcgRow[] }) {
  if (rows.length === 0) return <p className="govuk-body">No group has an open task.</p>;
  return <Table caption="Open tasks by group" captionVisible columns={ocgColumns} rows={[...rows]} rowKey={(r) => r.ocgId} />;
}
