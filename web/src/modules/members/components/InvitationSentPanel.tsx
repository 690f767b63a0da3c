import { Link } from 'react-router';
import { ACCOUNT_LINKS } from '@sentinel/shared';
import { Panel } from '../../../ui/Panel';
import { WarningText } from '../../../ui/WarningText';

type Props = { memberId: string; name: string; email: string; invitationSent: boolean };

export function InvitationSentPanel({ memberId, name, email, invitationSent }: Props) {
  return (
    <>
      <Panel title="Member added">
        {invitationSent ? (
          <>
            We have sent an invitation to <strong>{email}</strong>
          </>
        ) : (
          <>{name} has been added</>
        )}
      </Panel>
      {invitationSent ? (
        <p className="govuk-body">
          {name} can set a password with the link in the invitation. The link works once, for {ACCOUNT_LINKS.invitationDays} days.
        </p>
      ) : (
        <WarningText>{`The invitation could not be sent: the panel’s mail log says why. Once mail works, use “Send invitation again” on ${name}’s page.`}</WarningText>
      )}
      <p className="govuk-body">
        <Link className="govuk-link" to={`/members/${memberId}`}>
          View {name}
        </Link>
      </p>
      <p className="govuk-body">
        <Link className="govuk-link" to="/members">
          Back to members
        </Link>
      </p>
    </>
  );
}
