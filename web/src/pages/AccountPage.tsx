import { Link } from 'react-router';
import { SummaryList } from '../ui/SummaryList';
import { ReminderPreferenceForm } from '../modules/account/components/ReminderPreferenceForm';
import { usePageTitle } from '../modules/app/usePageTitle';
import { useViewer } from '../modules/app/viewer-context';
import { ACCOUNT_SECOND_FACTOR_PATH, CHANGE_PASSWORD_PATH } from '../modules/app/paths';

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
      <h2 className="govuk-heading-m">Authenticator app</h2>
      <p className="govuk-body">
        {viewer.secondFactor.enrolled
          ? 'Set up. Each time you sign in, Sentinel asks for a code from the app as well as your password.'
          : 'Not set up.'}
      </p>
      <p className="govuk-body">
        <Link className="govuk-link" to={ACCOUNT_SECOND_FACTOR_PATH}>
          {viewer.secondFactor.enrolled ? 'Set up a new app or get new recovery codes' : 'Set up an authenticator app'}
        </Link>
      </p>
      <h2 className="govuk-heading-m" id="reminders">
        Email reminders
      </h2>
      <ReminderPreferenceForm />
    </>
  );
}
