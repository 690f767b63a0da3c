import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { createClient } from 'graphql-ws';
import { retryDelay, sessionEnded } from './socket-session';

/** The live-updates socket and the link that carries subscriptions over it. */
export function createSocketLink(url: string, onReconnected: () => void, onSessionEnded: () => void) {
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
  return { link: new GraphQLWsLink(socket), terminate: () => socket.terminate() };
}
