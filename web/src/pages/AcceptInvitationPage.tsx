import { SetPasswordByLink } from '../modules/account/components/SetPasswordByLink';

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
        />
      </div>
    </div>
  );
}
