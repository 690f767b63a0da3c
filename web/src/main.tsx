import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { ApolloClient } from '@apollo/client';
import { BrowserRouter } from 'react-router';
import { ClientLoaderContext } from './modules/app/client-loader';
import { AppRoutes } from './modules/app/components/AppRoutes';
import { ViewerQuery } from './modules/app/graphql/viewer.query';
import { createNavigation } from './modules/app/navigation';
import { PUBLIC_PATHS, SIGN_IN_PATH } from './modules/app/paths';
import { preloadRoute } from './modules/app/routes';
import { takePrefetchedViewer } from './modules/app/viewer-prefetch';
import type { ViewerQuery as Viewer } from './gql/graphql';

const navigation = createNavigation();

let client: Promise<ApolloClient> | null = null;
let made: ApolloClient | null = null;
// The API client's code arrives beside the first page's, or on the sign-in page while the person types.
const loadClient = () =>
  (client ??= import('./modules/app/apollo-client')
    .then(({ createApolloClient }) => {
      const apollo = createApolloClient({
        // A session that ends mid-use (timeout, disabled, signed out elsewhere) sends the person to sign in,
        // and nothing read under it stays in memory.
        onUnauthenticated: () => {
          if (navigation.pathname() === SIGN_IN_PATH) return;
          void navigation
            .replace(SIGN_IN_PATH)
            .then(() => apollo.clearStore())
            .catch(() => undefined);
        },
        // The viewer, asked again, says which step of the sign-in is left: the layout shows that page.
        onSecondFactorRequired: () => {
          void apollo.refetchQueries({ include: [ViewerQuery] }).catch(() => undefined);
        },
      });
      return apollo;
    })
    .then(async (apollo) => {
      // Who is signed in was asked as the page started (boot.ts): the layout reads it from the cache.
      const viewer = await takePrefetchedViewer();
      if (viewer?.data && !viewer.errors) apollo.writeQuery({ query: ViewerQuery, data: viewer.data as Viewer });
      made = apollo;
      return apollo;
    })
    .catch((error: unknown) => {
      // A failed download is tried again at the next need.
      client = null;
      throw error;
    }));

if (!PUBLIC_PATHS.includes(window.location.pathname)) void loadClient().catch(() => undefined);
preloadRoute(window.location.pathname);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <ClientLoaderContext value={{ load: loadClient, current: () => made }}>
      <BrowserRouter>
        <navigation.Bridge />
        <AppRoutes />
      </BrowserRouter>
    </ClientLoaderContext>
  </StrictMode>,
);
