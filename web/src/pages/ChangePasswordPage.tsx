import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Link } from 'react-router';
import { NotificationBanner } from '../ui/NotificationBanner';
import { ChangePasswordForm } from '../modules/auth/components/ChangePasswordForm';
import { ChangePasswordMutation } from '../modules/auth/graphql/change-password.mutation';
import type { PasswordChangeValues } from '../modules/auth/utils/validate-password-change';
import { ViewerQuery } from '../modules/app/graphql/viewer.query';
import { apiErrors } from '../modules/app/utils/api-errors';
import { splitApiErrors, type FieldErrors } from '../modules/app/utils/form-errors';
import { usePageTitle } from '../modules/app/usePageTitle';

export function ChangePasswordPage() {
  const [changePassword, { loading }] = useMutation(ChangePasswordMutation, {
    refetchQueries: [ViewerQuery],
    awaitRefetchQueries: true,
  });
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [changed, setChanged] = useState(false);
  usePageTitle('Change your password', Object.keys(serverErrors).length + general.length > 0);

  const onSubmit = async ({ currentPassword, newPassword }: PasswordChangeValues) => {
    setServerErrors({});
    setGeneral([]);
    setChanged(false);
    try {
      await changePassword({ variables: { input: { currentPassword, newPassword } } });
      setChanged(true);
      return true;
    } catch (error) {
      const split = splitApiErrors(apiErrors(error), ['currentPassword', 'newPassword']);
      setServerErrors(split.fields);
      setGeneral(split.general);
      return false;
    }
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {changed && (
          <NotificationBanner success heading="Your password has been changed">
            <p className="govuk-body">
              You have been signed out everywhere else.{' '}
              <Link className="govuk-notification-banner__link" to="/">
                Go to the home page
              </Link>
            </p>
          </NotificationBanner>
        )}
        <ChangePasswordForm
          onSubmit={onSubmit}
          serverErrors={serverErrors}
          serverGeneral={general}
          submitting={loading}
          intro={
            <>
              <h1 className="govuk-heading-l">Change your password</h1>
            </>
          }
        />
      </div>
    </div>
  );
}
