import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { AGENCY_RIGHTS, mayActForAgency, PERMISSIONS } from '@sentinel/shared';
import { BackLink } from '../ui/BackLink';
import { ButtonLink } from '../ui/Button';
import { Loading } from '../ui/Loading';
import { getFragmentData } from '../gql';
import { RequirePermission } from '../modules/app/components/RequirePermission';
import { NotFoundContent, ServiceErrorContent } from '../modules/app/components/StatusContent';
import { usePageTitle } from '../modules/app/usePageTitle';
import { apiErrors } from '../modules/app/utils/api-errors';
import { holds, useViewer } from '../modules/app/viewer-context';
import { MarkingTag } from '../modules/records/components/OcgTags';
import { useScrollToHash } from '../modules/ocgs/components/useScrollToHash';
import { TaskSummary } from '../modules/tasks/components/TaskSummary';
import { TaskTimeline } from '../modules/tasks/components/TaskTimeline';
import { TaskUpdatePanel } from '../modules/tasks/components/TaskUpdatePanel';
import { useLiveTaskRefetch } from '../modules/tasks/components/useLiveTaskRefetch';
import { useTaskNames } from '../modules/tasks/components/useTaskNames';
import { TaskDetailsFragment } from '../modules/tasks/graphql/task-details.fragment';
import { TaskTimelineFragment } from '../modules/tasks/graphql/task-timeline.fragment';
import { TaskQuery } from '../modules/tasks/graphql/task.query';

function TaskDetails({ id }: { id: string }) {
  const { viewer, membership } = useViewer();
  const { data, loading, error, refetch } = useQuery(TaskQuery, { variables: { id } });
  const task = getFragmentData(TaskDetailsFragment, data?.task);
  const timeline = getFragmentData(TaskTimelineFragment, data?.task);
  const names = useTaskNames(membership?.panelId ?? '');
  useLiveTaskRefetch({ panelId: task?.panelId, refetch: () => refetch(), matches: (changed) => changed === id });
  usePageTitle(task ? `${task.reference} ${task.title}` : 'Task');
  useScrollToHash(Boolean(task));
  const codes = apiErrors(error).map((e) => e.code);
  if (!data && (codes.includes('NOT_FOUND') || codes.includes('BAD_USER_INPUT'))) return <NotFoundContent />;
  if (!data && error) return <ServiceErrorContent message={error.message} />;
  if (!task || !timeline) return loading ? <Loading /> : null;

  const manager = holds(membership, PERMISSIONS.TASK_MANAGE);
  const canUpdate = mayActForAgency((p) => holds(membership, p), viewer.agencyId, task.agencyId, AGENCY_RIGHTS.updateTask);
  const backTo = holds(membership, PERMISSIONS.TASK_READ_ALL) ? '/tasks/board' : '/tasks/mine';
  return (
    <>
      <BackLink to={backTo}>Back to tasks</BackLink>
      <span className="govuk-caption-l">Task {task.reference}</span>
      <h1 className="govuk-heading-l">{task.title}</h1>
      <p className="govuk-body">
        <MarkingTag marking={task.gscMarking} />
      </p>
      {manager && (
        <ButtonLink to={`/tasks/${task.id}/edit`} variant="secondary">
          Edit or reallocate
        </ButtonLink>
      )}
      <h2 className="govuk-heading-m">Summary</h2>
      <TaskSummary task={task} />
      <section className="app-section">
        <h2 className="govuk-heading-m" id="updates">
          Updates
        </h2>
        <p className="govuk-hint">Newest first. Updates from other people appear here as they are posted.</p>
        <TaskTimeline updates={timeline.updates} names={names} />
      </section>
      {canUpdate && (
        <section className="app-section">
          <TaskUpdatePanel key={task.id} task={task} manager={manager} canRecordDisruption={holds(membership, PERMISSIONS.DISRUPTION_WRITE)} />
        </section>
      )}
    </>
  );
}

export function TaskPage() {
  const { id = '' } = useParams();
  return (
    <RequirePermission permission={PERMISSIONS.TASK_READ}>
      <TaskDetails key={id} id={id} />
    </RequirePermission>
  );
}
