import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { PERMISSIONS } from '@sentinel/shared';
import { BackLink } from '../ui/BackLink';
import { Loading } from '../ui/Loading';
import { AgencyOptionsQuery } from '../modules/agencies/graphql/agency-options.query';
import { useServerErrors } from '../modules/agencies/components/useAgencyFormErrors';
import { RequirePermission } from '../modules/app/components/RequirePermission';
import { usePageTitle } from '../modules/app/usePageTitle';
import { useViewer } from '../modules/app/viewer-context';
import { GroupPickerChoiceQuery } from '../modules/ocgs/graphql/group-picker-choice.query';
import { TaskForm } from '../modules/tasks/components/TaskForm';
import { AllocateTaskMutation } from '../modules/tasks/graphql/allocate-task.mutation';
import { allocateTaskInput, emptyTaskForm, TASK_FORM_FIELDS } from '../modules/tasks/utils/task-form';

function AllocateTask({ panelId, ocgId }: { panelId: string; ocgId: string }) {
  const navigate = useNavigate();
  const server = useServerErrors(TASK_FORM_FIELDS);
  const agencies = useQuery(AgencyOptionsQuery, { variables: { panelId } });
  // The group named in the address is looked up on its own; the picker then shows it from the cache.
  const group = useQuery(GroupPickerChoiceQuery, { variables: { id: ocgId }, skip: !ocgId });
  const [allocate, { loading }] = useMutation(AllocateTaskMutation, { refetchQueries: ['Tasks', 'TaskBoard'] });
  usePageTitle('Allocate a task', server.hasErrors);
  if (!agencies.data || group.loading) return <Loading />;
  // An id in the address that is not one of the panel's groups is ignored rather than sent.
  const prefill = group.data?.ocg.panelId === panelId ? ocgId : '';
  const backTo = prefill ? `/ocgs/${prefill}#tasks` : '/tasks/board';
  return (
    <>
      <BackLink to={backTo}>Back</BackLink>
      <TaskForm
        panelId={panelId}
        initial={emptyTaskForm(prefill)}
        agencies={agencies.data.agencies.nodes.map((a) => ({ value: a.id, label: a.name }))}
        linkGroup
        heading={<h1 className="govuk-heading-l">Allocate a task</h1>}
        submitText="Allocate task"
        cancel={
          <Link className="govuk-link" to={backTo}>
            Cancel
          </Link>
        }
        serverErrors={server.fieldErrors}
        serverGeneral={server.general}
        submitting={loading}
        onSubmit={async (v) => {
          server.clear();
          try {
            const { data } = await allocate({ variables: { input: allocateTaskInput(panelId, v) } });
            if (data) await navigate(`/tasks/${data.allocateTask.id}`);
          } catch (e) {
            server.show(e);
          }
        }}
      />
    </>
  );
}

export function TaskNewPage() {
  const { membership } = useViewer();
  const [params] = useSearchParams();
  return (
    <RequirePermission permission={PERMISSIONS.TASK_MANAGE}>
      {membership && <AllocateTask key={membership.panelId} panelId={membership.panelId} ocgId={params.get('ocgId') ?? ''} />}
    </RequirePermission>
  );
}
