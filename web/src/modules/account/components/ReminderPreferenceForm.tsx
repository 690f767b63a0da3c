import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button } from '../../../ui/Button';
import { Loading } from '../../../ui/Loading';
import { LoadFailed } from '../../app/components/StatusContent';
import { apiErrors } from '../../app/utils/api-errors';
import { ReminderPreferenceQuery } from '../graphql/reminder-preference.query';
import { SetReminderPreferenceMutation } from '../graphql/set-reminder-preference.mutation';

function PreferenceForm({ initial }: { initial: boolean }) {
  const [enabled, setEnabled] = useState(initial);
  const [saved, setSaved] = useState('');
  const [failed, setFailed] = useState('');
  const [save, { loading }] = useMutation(SetReminderPreferenceMutation, { refetchQueries: [{ query: ReminderPreferenceQuery }] });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved('');
    setFailed('');
    try {
      const { data } = await save({ variables: { enabled } });
      if (data) setSaved(data.setReminderPreference ? 'You will get reminder emails.' : 'You will not get reminder emails.');
    } catch (e) {
      setFailed(apiErrors(e)[0]?.message ?? 'Your choice could not be saved');
    }
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="reminders">
      <div className="govuk-form-group">
        <div className="govuk-checkboxes" data-module="govuk-checkboxes">
          <div className="govuk-checkboxes__item">
            <input
              className="govuk-checkboxes__input"
              id="remindersEnabled"
              name="remindersEnabled"
              type="checkbox"
              checked={enabled}
              onChange={(e) => setEnabled(e.target.checked)}
              aria-describedby="remindersEnabled-hint"
            />
            <label className="govuk-label govuk-checkboxes__label" htmlFor="remindersEnabled">
              Email me reminders about my agency's tasks
            </label>
            <div id="remindersEnabled-hint" className="govuk-hint govuk-checkboxes__hint">
              A reminder 7 days and 1 day before a task is due, on the day it becomes overdue, and a weekly digest
            </div>
          </div>
        </div>
      </div>
      <Button disabled={loading}>Save reminder preference</Button>
      <p className="govuk-body" role="status">
        {saved}
      </p>
      {failed && <LoadFailed message={failed} />}
    </form>
  );
}

export function ReminderPreferenceForm() {
  const { data, error } = useQuery(ReminderPreferenceQuery);
  if (error && !data) return <LoadFailed message={error.message} />;
  if (!data) return <Loading />;
  return <PreferenceForm initial={data.viewer.remindersEnabled} />;
}
