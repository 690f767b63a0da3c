const RETRY_BASE_MS = 1000;
const RETRY_MAX_MS = 30_000;

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
