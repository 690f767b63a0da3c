import { SetPasswordByLink } from '../modules/account/components/SetPasswordByLink';
import { SignInProviders } from '../modules/auth/components/SignInProviders';

export function AcceptInvitationPage() {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <SetPasswordByLink
          kind="INVITATION"
          heading="Set your password"
          intro={
            <p className="govuk-body">You have been invited to Sentinel. Choose a password: you will use it with your email address to sign in.</p>
          }
          submitLabel="Set password and sign in"
          after={
            <SignInProviders
              heading="Or use your organisation’s account"
              intro="Instead of a password, you can sign in with your work account if your organisation is listed. It must use the email address this invitation was sent to. Signing in this way accepts the invitation."
            />
          }
        />
      </div>
    </div>
  );
}
