import { Link } from 'react-router';
import { ACCOUNT_LINK_REFUSED, ACCOUNT_LINKS } from '@sentinel/shared';
import { FORGOT_PASSWORD_PATH, SIGN_IN_PATH } from '../../app/paths';

/** One page for a link that is unknown, used or expired: which of the three is not told. */
export function LinkRefused({ kind }: { kind: 'INVITATION' | 'PASSWORD_RESET' }) {
  return (
    <>
      <h1 className="govuk-heading-l">{ACCOUNT_LINK_REFUSED}</h1>
      {kind === 'INVITATION' ? (
        <>
          <p className="govuk-body">
            An invitation link works once, for {ACCOUNT_LINKS.invitationDays} days, and only the newest one sent to you works.
          </p>
          <p className="govuk-body">Ask your panel’s chair or coordinator to send you a new invitation.</p>
        </>
      ) : (
        <>
          <p className="govuk-body">A reset link works once, for {ACCOUNT_LINKS.resetMinutes} minutes, and only the newest one sent to you works.</p>
          <p className="govuk-body">
            <Link className="govuk-link" to={FORGOT_PASSWORD_PATH}>
              Ask for a new link to reset your password
            </Link>
            .
          </p>
        </>
      )}
      <p className="govuk-body">
        If you have already set your password,{' '}
        <Link className="govuk-link" to={SIGN_IN_PATH}>
          sign in
        </Link>
        .
      </p>
    </>
  );
}
