import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { TASK_STATUS_LABELS } from '@sentinel/shared';
import { Button } from '../../../ui/Button';
import { NotificationBanner } from '../../../ui/NotificationBanner';
import { WarningText } from '../../../ui/WarningText';
import type { AddTaskUpdateInput, TaskDetailsFragment } from '../../../gql/graphql';
import { useServerErrors } from '../../agencies/components/useAgencyFormErrors';
import { apiErrors } from '../../app/utils/api-errors';
import { AddTaskUpdateMutation } from '../graphql/add-task-update.mutation';
import { canCloseAsNotDone } from '../utils/task-status';
import { NOT_DONE_FIELDS, notDoneInput, TASK_UPDATE_FIELDS, taskUpdateInput } from '../utils/task-update-form';
import { NotDoneForm } from './NotDoneForm';
import { TaskUpdateForm } from './TaskUpdateForm';

type Props = { task: TaskDetailsFragment; manager: boolean; canRecordDisruption: boolean };

/**
 * Posting updates and closing as not done. A status change is checked against the version the person saw when
 * they began, not the newest one a live update brought in, so a clash with someone else becomes a CONFLICT.
 */
export function TaskUpdatePanel({ task, manager, canRecordDisruption }: Props) {
  const [seenVersion, setSeenVersion] = useState(task.version);
  const [round, setRound] = useState(0);
  const [posted, setPosted] = useState('');
  const updateErrors = useServerErrors(TASK_UPDATE_FIELDS);
  const notDoneErrors = useServerErrors(NOT_DONE_FIELDS);
  const [addUpdate, { loading }] = useMutation(AddTaskUpdateMutation);

  const send = async (input: AddTaskUpdateInput, errors: typeof updateErrors) => {
    updateErrors.clear();
    notDoneErrors.clear();
    setPosted('');
    try {
      const { data } = await addUpdate({ variables: { input } });
      if (!data) return;
      setSeenVersion(data.addTaskUpdate.version);
      setRound((r) => r + 1);
      setPosted(input.status ? `Status changed to ${TASK_STATUS_LABELS[data.addTaskUpdate.status].toLowerCase()}` : 'Update posted');
    } catch (e) {
      errors.show(e);
      // Having been told what changed, the person may try again against what they now see.
      if (apiErrors(e).some((x) => x.code === 'CONFLICT')) setSeenVersion(task.version);
    }
  };

  return (
    <>
      {posted && <NotificationBanner success heading={posted} />}
      {task.version !== seenVersion && (
        <div className="app-no-print">
          <WarningText>Someone else changed this task after you opened it. Check the updates above before you change its status.</WarningText>
          <Button type="button" variant="secondary" onClick={() => setSeenVersion(task.version)}>
            I have checked the latest updates
          </Button>
        </div>
      )}
      <h2 className="govuk-heading-m" id="update">
        Post an update
      </h2>
      <TaskUpdateForm
        key={`update-${round}`}
        status={task.status}
        manager={manager}
        disruptionGroup={canRecordDisruption && task.ocg ? `${task.ocg.reference} ${task.ocg.name}` : null}
        serverErrors={updateErrors.fieldErrors}
        serverGeneral={updateErrors.general}
        submitting={loading}
        onSubmit={(v) => send(taskUpdateInput(task.id, seenVersion, v), updateErrors)}
      />
      {canCloseAsNotDone(task.status, manager) && (
        <>
          <h2 className="govuk-heading-m" id="not-done">
            Close as not done
          </h2>
          <NotDoneForm
            key={`not-done-${round}`}
            serverErrors={notDoneErrors.fieldErrors}
            serverGeneral={notDoneErrors.general}
            submitting={loading}
            onSubmit={(v) => send(notDoneInput(task.id, seenVersion, v), notDoneErrors)}
          />
        </>
      )}
    </>
  );
}
