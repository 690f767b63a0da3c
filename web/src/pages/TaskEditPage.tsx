import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate, useParams } from 'react-router';
import { FOUR_P_LABELS, GSC_MARKING_LABELS, PERMISSIONS, TASK_PRIORITY_LABELS } from '@sentinel/shared';
import { BackLink } from '../ui/BackLink';
import { Loading } from '../ui/Loading';
import { getFragmentData } from '../gql';
import { AgencyOptionsQuery } from '../modules/agencies/graphql/agency-options.query';
import { useServerErrors } from '../modules/agencies/components/useAgencyFormErrors';
import { RequirePermission } from '../modules/app/components/RequirePermission';
import { NotFoundContent, ServiceErrorContent } from '../modules/app/components/StatusContent';
import { usePageTitle } from '../modules/app/usePageTitle';
import { apiErrors } from '../modules/app/utils/api-errors';
import { TaskForm } from '../modules/tasks/components/TaskForm';
import { EditTaskMutation } from '../modules/tasks/graphql/edit-task.mutation';
import { TaskDetailsFragment } from '../modules/tasks/graphql/task-details.fragment';
import { TaskQuery } from '../modules/tasks/graphql/task.query';
import { editTaskInput, TASK_FORM_FIELDS, taskFormFrom, type TaskFormValues } from '../modules/tasks/utils/task-form';
import { useConflict } from '../modules/app/useConflict';

function EditTask({ id }: { id: string }) {
  const navigate = useNavigate();
  const server = useServerErrors(TASK_FORM_FIELDS);
  // The version edited against is the one read when the form opened: a later change by someone else is a CONFLICT.
  const { data, error, refetch } = useQuery(TaskQuery, { variables: { id }, fetchPolicy: 'network-only', nextFetchPolicy: 'cache-only' });
  const task = getFragmentData(TaskDetailsFragment, data?.task);
  const [seenVersion, setSeenVersion] = useState<number | null>(null);
  if (task && seenVersion === null) setSeenVersion(task.version);
  const agencies = useQuery(AgencyOptionsQuery, { variables: { panelId: task?.panelId ?? '' }, skip: !task });
  const [edit, { loading }] = useMutation(EditTaskMutation, { refetchQueries: ['Tasks', 'TaskBoard'] });
  const conflict = useConflict<TaskFormValues>('Task');
  usePageTitle(task ? `Edit or reallocate ${task.reference}` : 'Edit or reallocate a task', server.hasErrors);
  const codes = apiErrors(error).map((e) => e.code);
  if (!data && (codes.includes('NOT_FOUND') || codes.includes('BAD_USER_INPUT'))) return <NotFoundContent />;
  if (!data && error) return <ServiceErrorContent message={error.message} />;
  if (!task || !agencies.data) return <Loading />;
  const back = `/tasks/${id}`;
  const agencyOptions = agencies.data.agencies.nodes.map((a) => ({ value: a.id, label: a.name }));
  const valueLabels = {
    agencyId: Object.fromEntries(agencyOptions.map((a) => [a.value, a.label])),
    priority: TASK_PRIORITY_LABELS,
    strand: FOUR_P_LABELS,
    gscMarking: GSC_MARKING_LABELS,
  };
  return (
    <>
      <BackLink to={back}>Back to the task</BackLink>
      <TaskForm
        key={task.id}
        panelId={task.panelId}
        initial={taskFormFrom(task)}
        agencies={agencyOptions}
        groupLabel={task.ocg ? `${task.ocg.reference} ${task.ocg.name}` : undefined}
        heading={
          <>
            <span className="govuk-caption-l">Task {task.reference}</span>
            <h1 className="govuk-heading-l">Edit or reallocate the task</h1>
            {conflict.review(taskFormFrom(task), valueLabels)}
          </>
        }
        submitText="Save changes"
        cancel={
          <Link className="govuk-link" to={back}>
            Cancel
          </Link>
        }
        serverErrors={server.fieldErrors}
        serverGeneral={server.general}
        submitting={loading}
        onSubmit={async (v) => {
          server.clear();
          try {
            await edit({ variables: { input: editTaskInput(task.id, seenVersion ?? task.version, v) } });
            await navigate(back);
          } catch (e) {
            server.show(e);
            // The summary says what changed and the review shows it; a second save is made against the newer version.
            if (await conflict.caught(e, v, () => refetch())) setSeenVersion(null);
          }
        }}
      />
    </>
  );
}

export function TaskEditPage() {
  const { id = '' } = useParams();
  return (
    <RequirePermission permission={PERMISSIONS.TASK_MANAGE}>
      <EditTask key={id} id={id} />
    </RequirePermission>
  );
}
