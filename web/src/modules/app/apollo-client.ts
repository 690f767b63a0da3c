import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { createClient, type Client } from 'graphql-ws';

type Options = {
  onUnauthenticated: () => void;
  uri?: string;
  /** Where live updates come from; the same origin as the page unless a test gives another. */
  wsUrl?: string;
};

// Signing in with a wrong password is itself UNAUTHENTICATED: that answer belongs to the form, not a redirect.
const OPERATIONS_THAT_HANDLE_UNAUTHENTICATED = new Set(['SignIn', 'SignOut']);

const RETRY_BASE_MS = 1000;
const RETRY_MAX_MS = 30_000;

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      // Embedded objects without ids: the newest answer replaces the old one whole.
      InformationSharingAgreement: { merge: true },
      Viewer: { fields: { memberships: { merge: false } } },
      Task: { fields: { updates: { merge: false } } },
      // A meeting has one agenda and one live state: keyed by the meeting, so a mutation's answer replaces them.
      Agenda: { keyFields: ['meetingId'], fields: { items: { merge: false } } },
      MeetingLive: { keyFields: ['meetingId'] },
      AgendaPackInfo: { keyFields: ['meetingId'] },
      AgendaItem: { fields: { records: { merge: false }, tasks: { merge: false }, restrictedTo: { merge: false } } },
      Meeting: { fields: { attendance: { merge: false } } },
      Query: {
        fields: {
          agencies: { keyArgs: ['panelId', 'search', 'limit', 'offset'] },
          members: { keyArgs: ['panelId', 'agencyId', 'role', 'search', 'includeDisabled', 'limit', 'offset'] },
        },
      },
    },
  });
}

/** ws://host/graphql or wss://host/graphql: the page's own origin, so the browser sends the session cookie. */
export function socketUrl(location: Pick<Location, 'protocol' | 'host'>, path = '/graphql'): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}${path}`;
}

/** Exponential backoff with jitter, capped, so a restarted server is not met by every tab at once. */
export function retryDelay(retries: number, random: () => number = Math.random): number {
  const ceiling = Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** retries);
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

function createSocketClient(url: string, onReconnected: () => void): Client {
  const socket = createClient({
    url,
    // Opened by the first subscription, closed shortly after the last one ends.
    lazy: true,
    lazyCloseTimeout: 3000,
    retryAttempts: Infinity,
    shouldRetry: () => true,
    retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, retryDelay(retries))),
    // No connection params: the session is the HttpOnly cookie the browser sends with the upgrade request.
  });
  socket.on('connected', (_socket, _payload, wasRetry) => {
    if (wasRetry) onReconnected();
  });
  return socket;
}

export function createApolloClient({ onUnauthenticated, uri = '/graphql', wsUrl }: Options): ApolloClient {
  const errorLink = new ErrorLink(({ error, operation }) => {
    if (OPERATIONS_THAT_HANDLE_UNAUTHENTICATED.has(operation.operationName ?? '')) return;
    if (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) {
      onUnauthenticated();
    }
  });
  // The session is an HttpOnly cookie on this origin; the client never holds a token.
  const httpLink = new HttpLink({ uri, credentials: 'same-origin' });
  // Events missed while the socket was down are caught up by asking again for what is on screen.
  const socket = createSocketClient(wsUrl ?? socketUrl(window.location, uri), () => {
    void client.refetchQueries({ include: 'active' }).catch(() => undefined);
  });
  const transport = ApolloLink.split(
    ({ query }) => {
      const definition = getMainDefinition(query);
      return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
    },
    new GraphQLWsLink(socket),
    httpLink,
  );
  const client = new ApolloClient({
    link: errorLink.concat(transport),
    cache: createCache(),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
  // A socket is authenticated when it opens: after signing out (or in as someone else) it must not live on.
  const closeSocket = async () => socket.terminate();
  client.onClearStore(closeSocket);
  client.onResetStore(closeSocket);
  return client;
}
