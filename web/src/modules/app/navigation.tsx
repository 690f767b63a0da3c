import { useLayoutEffect } from 'react';
import { useLocation, useNavigate, type NavigateFunction } from 'react-router';

export type Navigation = {
  pathname: () => string;
  /** Replaces the current entry; settles once the new page has rendered. */
  replace: (to: string) => Promise<void>;
  /** Rendered inside the router: it is how the functions above reach it. */
  Bridge: () => null;
};

/**
 * Navigation for code outside the component tree (the API client's refusal handlers), through the router the
 * page renders. Until the router has rendered, it reads and sets the browser's own address.
 */
export function createNavigation(): Navigation {
  let current: { pathname: string; navigate: NavigateFunction } | null = null;
  let waiting: { to: string; done: () => void }[] = [];

  function Bridge() {
    const { pathname } = useLocation();
    const navigate = useNavigate();
    useLayoutEffect(() => {
      current = { pathname, navigate };
      const arrived = waiting.filter((w) => w.to === pathname);
      waiting = waiting.filter((w) => w.to !== pathname);
      for (const w of arrived) w.done();
    }, [pathname, navigate]);
    return null;
  }

  return {
    Bridge,
    pathname: () => current?.pathname ?? window.location.pathname,
    replace: (to) => {
      if (!current) {
        window.location.replace(to);
        return Promise.resolve();
      }
      if (current.pathname === to) return Promise.resolve();
      const arrived = new Promise<void>((done) => waiting.push({ to, done }));
      void Promise.resolve(current.navigate(to, { replace: true })).catch(() => undefined);
      return arrived;
    },
  };
}
