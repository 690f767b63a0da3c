import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { getMainDefinition } from '@apollo/client/utilities';
import { createDeferredLink } from './deferred-link';
import { socketUrl } from './socket-session';

export { retryDelay, sessionEnded, SESSION_ENDED_CLOSE_CODE, socketUrl } from './socket-session';

type ErrorHandlers = {
  onUnauthenticated: () => void;
  /** The session has not yet given its second factor (a code from the authenticator app). */
  onSecondFactorRequired?: () => void;
};

type Options = ErrorHandlers & {
  uri?: string;
  /** Where live updates come from; the same origin as the page unless a test gives another. */
  wsUrl?: string;
};

// Signing in with a wrong password is itself UNAUTHENTICATED: that answer belongs to the form, not a redirect.
const OPERATIONS_THAT_HANDLE_UNAUTHENTICATED = new Set(['SignIn', 'SignOut']);

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

/** Refusals that no single screen should show as its own error: they send the person elsewhere. */
export function createErrorLink({ onUnauthenticated, onSecondFactorRequired }: ErrorHandlers): ErrorLink {
  return new ErrorLink(({ error, operation }) => {
    if (!CombinedGraphQLErrors.is(error)) return;
    const codes = new Set(error.errors.map((e) => e.extensions?.code));
    if (codes.has('SECOND_FACTOR_REQUIRED')) onSecondFactorRequired?.();
    if (OPERATIONS_THAT_HANDLE_UNAUTHENTICATED.has(operation.operationName ?? '')) return;
    if (codes.has('UNAUTHENTICATED')) onUnauthenticated();
  });
}

export function createApolloClient({ onUnauthenticated, onSecondFactorRequired, uri = '/graphql', wsUrl }: Options): ApolloClient {
  const errorLink = createErrorLink({ onUnauthenticated, onSecondFactorRequired });
  // The session is an HttpOnly cookie on this origin; the client never holds a token.
  const httpLink = new HttpLink({ uri, credentials: 'same-origin' });
  // Live updates: the socket's code is fetched, and the socket opened, by the first subscription.
  let socket: { terminate: () => void } | null = null;
  const subscriptions = createDeferredLink(async () => {
    const { createSocketLink } = await import('./live-socket');
    const live = createSocketLink(
      wsUrl ?? socketUrl(window.location, uri),
      // Events missed while the socket was down are caught up by asking again for what is on screen.
      () => void client.refetchQueries({ include: 'active' }).catch(() => undefined),
      onUnauthenticated,
    );
    socket = live;
    return live.link;
  });
  const transport = ApolloLink.split(
    ({ query }) => {
      const definition = getMainDefinition(query);
      return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
    },
    subscriptions,
    httpLink,
  );
  const client = new ApolloClient({
    link: errorLink.concat(transport),
    cache: createCache(),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
  // A socket is authenticated when it opens: after signing out (or in as someone else) it must not live on.
  const closeSocket = async () => socket?.terminate();
  client.onClearStore(closeSocket);
  client.onResetStore(closeSocket);
  return client;
}
