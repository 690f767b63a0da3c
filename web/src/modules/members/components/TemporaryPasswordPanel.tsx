import { Link } from 'react-router';
import { Panel } from '../../../ui/Panel';
import { WarningText } from '../../../ui/WarningText';

type Props = { memberId: string; name: string; email: string; temporaryPassword: string };

export function TemporaryPasswordPanel({ memberId, name, email, temporaryPassword }: Props) {
  return (
    <>
      <Panel title="Member added">
        {name} can now sign in as <strong>{email}</strong>
      </Panel>
      <h2 className="govuk-heading-m">Temporary password</h2>
      <p className="govuk-body app-temporary-password" data-testid="temporary-password">
        {temporaryPassword}
      </p>
      <WarningText>This password is shown only once. Give it to the person securely: they must change it when they first sign in.</WarningText>
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
