import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApolloProvider } from '@apollo/client/react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { createApolloClient } from './modules/app/apollo-client';
import { CHANGE_PASSWORD_PATH } from './modules/app/components/AppLayout';
import { ViewerQuery } from './modules/app/graphql/viewer.query';
import { routes } from './modules/app/routes';
import './styles/main.scss';

const router = createBrowserRouter(routes);

const client = createApolloClient({
  // A session that ends mid-use (timeout, disabled, signed out elsewhere) sends the person to sign in,
  // and nothing read under it stays in memory.
  onUnauthenticated: () => {
    if (router.state.location.pathname === '/sign-in') return;
    void router
      .navigate('/sign-in', { replace: true })
      .then(() => client.clearStore())
      .catch(() => undefined);
  },
  // The viewer is asked again (it now says a change is pending, so the layout keeps the person on the form)
  // and the form is shown, rather than the refusal as an error on whatever screen was open.
  onPasswordChangeRequired: () => {
    void client.refetchQueries({ include: [ViewerQuery] }).catch(() => undefined);
    if (router.state.location.pathname === CHANGE_PASSWORD_PATH) return;
    void router.navigate(CHANGE_PASSWORD_PATH, { replace: true }).catch(() => undefined);
  },
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <RouterProvider router={router} />
    </ApolloProvider>
  </StrictMode>,
);
