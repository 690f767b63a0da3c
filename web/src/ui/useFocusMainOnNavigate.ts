import { useEffect, useRef } from 'react';

/**
 * After an in-app navigation, focus and scroll go to the main content, as a full page load would place them,
 * so that screen reader users hear the new page. The first render is left alone for the skip link.
 */
export function useFocusMainOnNavigate(pathname: string, mainId = 'main-content'): void {
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    window.scrollTo?.(0, 0);
    document.getElementById(mainId)?.focus({ preventScroll: true });
  }, [pathname, mainId]);
}
