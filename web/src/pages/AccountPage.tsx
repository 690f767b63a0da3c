import { Link } from 'react-router';
import { SummaryList } from '../ui/SummaryList';
import { ReminderPreferenceForm } from '../modules/account/components/ReminderPreferenceForm';
import { usePageTitle } from '../modules/app/usePageTitle';
import { useViewer } from '../modules/app/viewer-context';
import { CHANGE_PASSWORD_PATH } from '../modules/app/paths';

export function AccountPage() {
  const { viewer } = useViewer();
  usePageTitle('Your account');
  return (
    <>
      <h1 className="govuk-heading-l">Your account</h1>
      <SummaryList
        rows={[
          { key: 'Name', value: viewer.name },
          { key: 'Email address', value: viewer.email },
          { key: 'Agency', value: viewer.agency?.name ?? 'None' },
        ]}
      />
      <h2 className="govuk-heading-m">Password</h2>
      <p className="govuk-body">
        <Link className="govuk-link" to={CHANGE_PASSWORD_PATH}>
          Change password
        </Link>
      </p>
      <h2 className="govuk-heading-m" id="reminders">
        Email reminders
      </h2>
      <ReminderPreferenceForm />
    </>
  );
}
