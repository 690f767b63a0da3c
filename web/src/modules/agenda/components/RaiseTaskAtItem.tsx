import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import type { AgendaItemFieldsFragment } from '../../../gql/graphql';
import { Button } from '../../../ui/Button';
import { AgencyOptionsQuery } from '../../agencies/graphql/agency-options.query';
import { useServerErrors } from '../../agencies/components/useAgencyFormErrors';
import { TaskForm } from '../../tasks/components/TaskForm';
import { allocateTaskInput, emptyTaskForm, TASK_FORM_FIELDS } from '../../tasks/utils/task-form';
import { RaiseTaskAtItemMutation } from '../graphql/raise-task-at-item.mutation';

type Props = { panelId: string; item: AgendaItemFieldsFragment };

// The allocate form, at the item being discussed: the task is linked to the meeting and the item.
export function RaiseTaskAtItem({ panelId, item }: Props) {
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  const server = useServerErrors(TASK_FORM_FIELDS);
  const agencies = useQuery(AgencyOptionsQuery, { variables: { panelId }, skip: !open });
  const [raise, { loading }] = useMutation(RaiseTaskAtItemMutation, { refetchQueries: ['LiveMeeting', 'Agenda'] });
  const firstGroup = item.records.find((r) => r.kind === 'OCG')?.recordId ?? '';

  if (!open) {
    return (
      <>
        <p className="govuk-body" role="status">
          {message}
        </p>
        <Button
          type="button"
          variant="secondary"
          onClick={() => {
            setMessage('');
            setOpen(true);
          }}
        >
          Raise a task
        </Button>
      </>
    );
  }
  if (!agencies.data) return <p className="govuk-body">Loading the form…</p>;
  return (
    <TaskForm
      panelId={panelId}
      initial={emptyTaskForm(firstGroup)}
      agencies={agencies.data.agencies.nodes.map((a) => ({ value: a.id, label: a.name }))}
      linkGroup
      heading={<h3 className="govuk-heading-s">Raise a task at “{item.title}”</h3>}
      submitText="Raise a task"
      cancel={
        <Button type="button" variant="secondary" onClick={() => setOpen(false)}>
          Cancel
        </Button>
      }
      serverErrors={server.fieldErrors}
      serverGeneral={server.general}
      submitting={loading}
      onSubmit={async (v) => {
        server.clear();
        try {
          const { panelId: _panel, ...fields } = allocateTaskInput(panelId, v);
          const { data } = await raise({ variables: { input: { ...fields, itemId: item.id } } });
          setOpen(false);
          if (data) setMessage(`Task ${data.raiseTaskAtItem.reference} raised: ${data.raiseTaskAtItem.title}.`);
        } catch (e) {
          server.show(e);
        }
      }}
    />
  );
}
