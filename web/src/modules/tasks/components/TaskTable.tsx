import { Link } from 'react-router';
import { Table, type TableColumn } from '../../../ui/Table';
import { getFragmentData, type FragmentType } from '../../../gql';
import type { TaskRowFragment as TaskRow } from '../../../gql/graphql';
import { formatDate } from '../../app/utils/dates';
import { TaskRowFragment } from '../graphql/task-row.fragment';
import { OverdueTag, TaskStatusTag } from './TaskTags';

type Props = {
  tasks: ReadonlyArray<FragmentType<typeof TaskRowFragment>>;
  caption: string;
  captionVisible?: boolean;
  showAgency?: boolean;
  showGroup?: boolean;
  /** One-click link to the task's update form, for those who may post updates. */
  showUpdate?: boolean;
};

function dueCell(t: TaskRow) {
  return (
    <>
      <span className="app-nowrap">{t.dueOn ? formatDate(t.dueOn) : 'No due date'}</span>
      {t.isOverdue && (
        <span className="app-block govuk-!-margin-top-1">
          <OverdueTag />
        </span>
      )}
    </>
  );
}

export function taskColumns({
  showAgency = false,
  showGroup = true,
  showUpdate = false,
}: Pick<Props, 'showAgency' | 'showGroup' | 'showUpdate'>): TableColumn<TaskRow>[] {
  return [
    { key: 'reference', header: 'Reference', cell: (t) => <span className="app-nowrap">{t.reference}</span> },
    {
      key: 'title',
      header: 'Task',
      cell: (t) => (
        <Link className="govuk-link" to={`/tasks/${t.id}`}>
          {t.title}
        </Link>
      ),
    },
    ...(showAgency ? [{ key: 'agency', header: 'Agency', cell: (t: TaskRow) => t.agency.name }] : []),
    ...(showGroup ? [{ key: 'group', header: 'Group', cell: (t: TaskRow) => (t.ocg ? `${t.ocg.reference} ${t.ocg.name}` : 'None') }] : []),
    { key: 'due', header: 'Due date', cell: dueCell },
    { key: 'status', header: 'Status', cell: (t) => <TaskStatusTag status={t.status} /> },
    { key: 'owner', header: 'Owner', cell: (t) => t.ownerName ?? 'The agency' },
    ...(showUpdate
      ? [
          {
            key: 'update',
            header: 'Action',
            cell: (t: TaskRow) => (
              <Link className="govuk-link" to={`/tasks/${t.id}#update`}>
                Update<span className="govuk-visually-hidden"> {t.reference}</span>
              </Link>
            ),
          },
        ]
      : []),
  ];
}

export function TaskTable({ tasks, caption, captionVisible, ...options }: Props) {
  const rows = getFragmentData(TaskRowFragment, tasks);
  return <Table caption={caption} captionVisible={captionVisible} columns={taskColumns(options)} rows={[...rows]} rowKey={(t) => t.id} />;
}
