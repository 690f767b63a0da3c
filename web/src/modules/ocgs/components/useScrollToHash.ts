import { useEffect } from 'react';
import { useLocation } from 'react-router';

// After a form returns to "#nominals" and the like, bring that section into view once the page has loaded.
export function useScrollToHash(ready: boolean): void {
  const { hash } = useLocation();
  useEffect(() => {
    if (!ready || !hash) return;
    document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView?.();
  }, [ready, hash]);
}
