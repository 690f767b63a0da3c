import { useApolloClient, useMutation } from '@apollo/client/react';
import { Link, useNavigate } from 'react-router';
import { Header, HeaderItem } from '../../../ui/Header';
import { SignOutMutation } from '../graphql/sign-out.mutation';
import { SERVICE_NAME } from '../usePageTitle';

type Props = { panelName?: string; personName?: string };

export function AppHeader({ panelName, personName }: Props) {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [signOut, { loading }] = useMutation(SignOutMutation);

  const onSignOut = async () => {
    try {
      await signOut();
    } catch {
      // Even if the server could not be told, nothing of the session may stay in this browser tab.
    }
    await navigate('/sign-in', { replace: true });
    // Queries still in flight are cancelled by the reset; their rejections are expected.
    await client.resetStore().catch(() => undefined);
  };

  const actions = personName ? (
    <>
      <HeaderItem>
        <span className="app-header__user">{personName}</span>
      </HeaderItem>
      <HeaderItem>
        <Link className="moj-header__navigation-link" to="/account">
          Your account
        </Link>
      </HeaderItem>
      <HeaderItem>
        <button type="button" className="app-header__button-link" onClick={onSignOut} disabled={loading}>
          Sign out
        </button>
      </HeaderItem>
    </>
  ) : undefined;

  return <Header serviceName={SERVICE_NAME} homeHref="/" contextLabel={panelName} actions={actions} />;
}
