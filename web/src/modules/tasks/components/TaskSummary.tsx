import { Link } from 'react-router';
import { FOUR_P_LABELS, NOT_DONE_CAUSE_LABELS, TASK_PRIORITY_LABELS } from '@sentinel/shared';
import { SummaryList, type SummaryRow } from '../../../ui/SummaryList';
import type { TaskDetailsFragment } from '../../../gql/graphql';
import { formatDate } from '../../app/utils/dates';
import { OverdueTag, TaskStatusTag } from './TaskTags';

function nominalValue(nominal: NonNullable<TaskDetailsFragment['nominal']>) {
  // A withheld name shows only as the reference, and says why, as the nominal pages do.
  if (nominal.personalDataWithheld) {
    return (
      <>
        <Link className="govuk-link" to={`/nominals/${nominal.id}`}>
          {nominal.reference}
        </Link>
        <span className="app-block govuk-hint govuk-!-margin-bottom-0">
          Personal details withheld: your agency's information-sharing agreement does not cover them
        </span>
      </>
    );
  }
  return (
    <Link className="govuk-link" to={`/nominals/${nominal.id}`}>
      {nominal.reference} {nominal.displayName}
    </Link>
  );
}

export function TaskSummary({ task }: { task: TaskDetailsFragment }) {
  const rows: SummaryRow[] = [
    { key: 'Reference', value: task.reference },
    {
      key: 'Status',
      value: (
        <>
          <TaskStatusTag status={task.status} /> {task.isOverdue && <OverdueTag />}
        </>
      ),
    },
    { key: 'Description', value: task.description ? <span className="app-pre-wrap">{task.description}</span> : 'None' },
    { key: 'Agency', value: task.agency.name },
    { key: 'Owner', value: task.ownerName ?? 'Not named: the agency decides' },
    {
      key: 'Group',
      value: task.ocg ? (
        <Link className="govuk-link" to={`/ocgs/${task.ocg.id}`}>
          {task.ocg.reference} {task.ocg.name}
        </Link>
      ) : (
        'None'
      ),
    },
    { key: 'Nominal', value: task.nominal ? nominalValue(task.nominal) : 'None' },
    { key: 'Due date', value: task.dueOn ? formatDate(task.dueOn) : 'No due date' },
    { key: 'Priority', value: TASK_PRIORITY_LABELS[task.priority] },
    { key: '4P strand', value: task.strand ? FOUR_P_LABELS[task.strand] : 'Not set' },
  ];
  if (task.status === 'BLOCKED' && task.blockedReason)
    rows.push({ key: 'Blocked because', value: <span className="app-pre-wrap">{task.blockedReason}</span> });
  if (task.notDoneCause) rows.push({ key: 'Not done because', value: NOT_DONE_CAUSE_LABELS[task.notDoneCause] });
  if (task.closingNote) rows.push({ key: 'Closing note', value: <span className="app-pre-wrap">{task.closingNote}</span> });
  return <SummaryList rows={rows} />;
}
