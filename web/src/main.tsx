import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApolloProvider } from '@apollo/client/react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { createApolloClient } from './modules/app/apollo-client';
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
