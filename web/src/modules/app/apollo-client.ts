import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { createClient, type Client } from 'graphql-ws';

type ErrorHandlers = {
  onUnauthenticated: () => void;
  /** The server answers nothing but the change-password form while a temporary password is in use. */
  onPasswordChangeRequired?: () => void;
};

type Options = ErrorHandlers & {
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

/** The close code the server gives a socket whose session ended (signed out, timed out, disabled, password changed). */
export const SESSION_ENDED_CLOSE_CODE = 4401;

/** Whether a socket closed because its session ended: reconnecting would be refused, so the person signs in again. */
export function sessionEnded(closeEvent: unknown): boolean {
  return typeof closeEvent === 'object' && closeEvent !== null && (closeEvent as { code?: unknown }).code === SESSION_ENDED_CLOSE_CODE;
}

function createSocketClient(url: string, onReconnected: () => void, onSessionEnded: () => void): Client {
  const socket = createClient({
    url,
    // Opened by the first subscription, closed shortly after the last one ends.
    lazy: true,
    lazyCloseTimeout: 3000,
    retryAttempts: Infinity,
    shouldRetry: (closeEvent) => !sessionEnded(closeEvent),
    retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, retryDelay(retries))),
    // No connection params: the session is the HttpOnly cookie the browser sends with the upgrade request.
  });
  socket.on('connected', (_socket, _payload, wasRetry) => {
    if (wasRetry) onReconnected();
  });
  socket.on('closed', (closeEvent) => {
    if (sessionEnded(closeEvent)) onSessionEnded();
  });
  return socket;
}

/** Refusals that no single screen should show as its own error: they send the person elsewhere. */
export function createErrorLink({ onUnauthenticated, onPasswordChangeRequired }: ErrorHandlers): ErrorLink {
  return new ErrorLink(({ error, operation }) => {
    if (!CombinedGraphQLErrors.is(error)) return;
    const codes = new Set(error.errors.map((e) => e.extensions?.code));
    if (codes.has('PASSWORD_CHANGE_REQUIRED')) onPasswordChangeRequired?.();
    if (OPERATIONS_THAT_HANDLE_UNAUTHENTICATED.has(operation.operationName ?? '')) return;
    if (codes.has('UNAUTHENTICATED')) onUnauthenticated();
  });
}

export function createApolloClient({ onUnauthenticated, onPasswordChangeRequired, uri = '/graphql', wsUrl }: Options): ApolloClient {
  const errorLink = createErrorLink({ onUnauthenticated, onPasswordChangeRequired });
  // The session is an HttpOnly cookie on this origin; the client never holds a token.
  const httpLink = new HttpLink({ uri, credentials: 'same-origin' });
  // Events missed while the socket was down are caught up by asking again for what is on screen.
  const socket = createSocketClient(
    wsUrl ?? socketUrl(window.location, uri),
    () => void client.refetchQueries({ include: 'active' }).catch(() => undefined),
    onUnauthenticated,
  );
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
