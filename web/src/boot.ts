import './styles/main.scss';
import { text as viewerQuery } from 'virtual:graphql-text/ViewerDocument';
import { PUBLIC_PATHS } from './modules/app/paths';
import { prefetchViewer } from './modules/app/viewer-prefetch';

// The page's first script, kept tiny: it asks for the app and, on any page but sign-in and the other public ones, for the API client and
// the signed-in layout and for who is signed in, all at the same moment, so that they arrive side by side rather
// than one after the other. The sign-in page waits for none of them.
if (!PUBLIC_PATHS.includes(window.location.pathname)) {
  prefetchViewer(viewerQuery);
  void import('./modules/app/apollo-client').catch(() => undefined);
  void import('./modules/app/components/AppLayout').catch(() => undefined);
}
void import('./main');
