import { useState } from 'react';
import { Link } from 'react-router';
import { PASSWORD_RESET_REQUESTED } from '@sentinel/shared';
import { ForgotPasswordForm } from '../modules/account/components/ForgotPasswordForm';
import { RequestPasswordResetMutation } from '../modules/account/graphql/request-password-reset.mutation';
import type { EmailValues } from '../modules/account/utils/validate-new-password';
import { useLoadClient } from '../modules/app/client-loader';
import { SIGN_IN_PATH } from '../modules/app/paths';
import { splitApiErrors, type FieldErrors } from '../modules/app/utils/form-errors';
import { NETWORK_MESSAGE } from '../modules/app/utils/network-message';
import { usePageTitle } from '../modules/app/usePageTitle';

export function ForgotPasswordPage() {
  const loadClient = useLoadClient();
  const [sent, setSent] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string[]>([]);
  usePageTitle(sent ? 'Check your email' : 'Reset your password', Object.keys(serverErrors).length + general.length > 0);

  const onSubmit = async (input: EmailValues) => {
    setServerErrors({});
    setGeneral([]);
    setSubmitting(true);
    try {
      const client = await loadClient();
      await client.mutate({ mutation: RequestPasswordResetMutation, variables: { input } });
      setSent(true);
    } catch (error) {
      const errors = await import('../modules/app/utils/api-errors').then(
        ({ apiErrors }) => apiErrors(error),
        () => [{ code: 'NETWORK' as const, message: NETWORK_MESSAGE }],
      );
      const split = splitApiErrors(errors, ['email']);
      setServerErrors(split.fields);
      setGeneral(split.general);
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {sent ? (
          <>
            <h1 className="govuk-heading-l">Check your email</h1>
            <p className="govuk-body">{PASSWORD_RESET_REQUESTED}</p>
            <p className="govuk-body">If no message arrives, check the address you typed and your junk mail folder, or ask your panel’s chair.</p>
            <p className="govuk-body">
              <Link className="govuk-link" to={SIGN_IN_PATH}>
                Back to sign in
              </Link>
            </p>
          </>
        ) : (
          <ForgotPasswordForm onSubmit={onSubmit} serverErrors={serverErrors} serverGeneral={general} submitting={submitting} />
        )}
      </div>
    </div>
  );
}
