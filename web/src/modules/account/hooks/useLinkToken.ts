import { useEffect, useState } from 'react';

/** The fragment of the address, without its `#`, as a link from account mail carries its token. */
const fragment = () => window.location.hash.replace(/^#/, '');

/**
 * The token of a link from account mail, read from the address's fragment (which the browser never sends to a
 * server) and removed from the address bar at once, so it is not left in the history or shown over a shoulder. A
 * link opened while the page is open changes only the fragment: its token replaces the one held.
 */
export function useLinkToken(): string {
  const [token, setToken] = useState(fragment);
  useEffect(() => {
    const take = () => {
      if (!window.location.hash) return;
      setToken(fragment());
      const { pathname, search } = window.location;
      window.history.replaceState(window.history.state, '', `${pathname}${search}`);
    };
    take();
    window.addEventListener('hashchange', take);
    return () => window.removeEventListener('hashchange', take);
  }, []);
  return token;
}
