import { useEffect, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { useLoadClient } from '../../app/client-loader';
import { landingPath } from '../../app/paths';
import { splitApiErrors, type FieldErrors } from '../../app/utils/form-errors';
import { NETWORK_MESSAGE } from '../../app/utils/network-message';
import { usePageTitle } from '../../app/usePageTitle';
import { AcceptInvitationMutation } from '../graphql/accept-invitation.mutation';
import { AccountLinkOpenQuery } from '../graphql/account-link-open.query';
import { ResetPasswordMutation } from '../graphql/reset-password.mutation';
import { useLinkToken } from '../hooks/useLinkToken';
import type { NewPasswordValues } from '../utils/validate-new-password';
import { LinkRefused } from './LinkRefused';
import { SetPasswordForm } from './SetPasswordForm';

type Props = { kind: 'INVITATION' | 'PASSWORD_RESET'; heading: string; intro: ReactNode; submitLabel: string; after?: ReactNode };

/**
 * The page a link from account mail opens: a new password, then the person is signed in and taken into the app.
 * Another link opened in the same tab (only the fragment changes, so the page is not loaded again) starts afresh.
 */
export function SetPasswordByLink(props: Props) {
  const token = useLinkToken();
  return <LinkPage key={token} token={token} {...props} />;
}

function LinkPage({ kind, heading, intro, submitLabel, after, token }: Props & { token: string }) {
  const loadClient = useLoadClient();
  const navigate = useNavigate();
  const [refused, setRefused] = useState(!token);
  // Asked as the page opens, so nobody chooses a password for a link that no longer works; the form shows meanwhile.
  useEffect(() => {
    if (!token) return;
    let live = true;
    loadClient()
      .then((client) => client.query({ query: AccountLinkOpenQuery, variables: { input: { kind, token } }, fetchPolicy: 'no-cache' }))
      .then(({ data }) => {
        if (live && data?.accountLinkOpen === false) setRefused(true);
      })
      // Not known (the network): the form stays, and submitting it tells.
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [kind, token, loadClient]);
  const [submitting, setSubmitting] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string[]>([]);
  usePageTitle(refused ? 'Link expired or used' : heading, Object.keys(serverErrors).length + general.length > 0);

  if (refused) return <LinkRefused kind={kind} />;

  const onSubmit = async ({ newPassword }: NewPasswordValues) => {
    setServerErrors({});
    setGeneral([]);
    setSubmitting(true);
    try {
      const client = await loadClient();
      const input = { token, newPassword };
      const permissions =
        kind === 'INVITATION'
          ? (await client.mutate({ mutation: AcceptInvitationMutation, variables: { input } })).data?.acceptInvitation.memberships[0]?.permissions
          : (await client.mutate({ mutation: ResetPasswordMutation, variables: { input } })).data?.resetPassword.memberships[0]?.permissions;
      // Nothing cached for a previous person may show to this one.
      await client.clearStore();
      await navigate(landingPath(permissions ?? []), { replace: true });
    } catch (error) {
      const errors = await import('../../app/utils/api-errors').then(
        ({ apiErrors }) => apiErrors(error),
        () => [{ code: 'NETWORK' as const, message: NETWORK_MESSAGE }],
      );
      setSubmitting(false);
      if (errors.some((e) => e.code === 'NOT_FOUND')) {
        setRefused(true);
        return;
      }
      const split = splitApiErrors(errors, ['newPassword']);
      setServerErrors(split.fields);
      setGeneral(split.general);
    }
  };

  return (
    <>
      <SetPasswordForm
        heading={heading}
        intro={intro}
        submitLabel={submitLabel}
        onSubmit={onSubmit}
        serverErrors={serverErrors}
        serverGeneral={general}
        submitting={submitting}
      />
      {after}
    </>
  );
}
