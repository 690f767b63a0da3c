import { useEffect, useState } from 'react';

/**
 * The token of a link from account mail, read from the address's fragment (which the browser never sends to a
 * server) and removed from the address bar at once, so it is not left in the history or shown over a shoulder.
 */
export function useLinkToken(): string {
  const [token] = useState(() => window.location.hash.replace(/^#/, ''));
  useEffect(() => {
    if (!window.location.hash) return;
    const { pathname, search } = window.location;
    window.history.replaceState(window.history.state, '', `${pathname}${search}`);
  }, []);
  return token;
}
