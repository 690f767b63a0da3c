import { SetPasswordByLink } from '../modules/account/components/SetPasswordByLink';

export function ResetPasswordPage() {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <SetPasswordByLink
          kind="PASSWORD_RESET"
          heading="Reset your password"
          intro={<p className="govuk-body">Choose a new password. You will be signed in, and signed out everywhere else.</p>}
          submitLabel="Reset password and sign in"
        />
      </div>
    </div>
  );
}
