import { ApolloClient, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';

type Options = {
  onUnauthenticated: () => void;
  uri?: string;
};

// Signing in with a wrong password is itself UNAUTHENTICATED: that answer belongs to the form, not a redirect.
const OPERATIONS_THAT_HANDLE_UNAUTHENTICATED = new Set(['SignIn', 'SignOut']);

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      // Embedded objects without ids: the newest answer replaces the old one whole.
      InformationSharingAgreement: { merge: true },
      Viewer: { fields: { memberships: { merge: false } } },
      Query: {
        fields: {
          agencies: { keyArgs: ['panelId', 'search', 'limit', 'offset'] },
          members: { keyArgs: ['panelId', 'agencyId', 'role', 'search', 'includeDisabled', 'limit', 'offset'] },
        },
      },
    },
  });
}

export function createApolloClient({ onUnauthenticated, uri = '/graphql' }: Options): ApolloClient {
  const errorLink = new ErrorLink(({ error, operation }) => {
    if (OPERATIONS_THAT_HANDLE_UNAUTHENTICATED.has(operation.operationName ?? '')) return;
    if (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) {
      onUnauthenticated();
    }
  });
  // The session is an HttpOnly cookie on this origin; the client never holds a token.
  const httpLink = new HttpLink({ uri, credentials: 'same-origin' });
  return new ApolloClient({
    link: errorLink.concat(httpLink),
    cache: createCache(),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}
