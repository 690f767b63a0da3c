import { useEffect, useState } from 'react';

/**
 * Focus to move once the page has re-rendered with new data: the first of the ids that exists then. After a
 * move the same button may be gone (the item reached the top), so a fallback is given.
 */
export function useFocusAfterRender(renderKey: unknown) {
  const [ids, setIds] = useState<string[] | null>(null);
  useEffect(() => {
    if (!ids) return;
    const target = ids.map((id) => document.getElementById(id)).find(Boolean);
    if (target) {
      target.focus();
      setIds(null);
    }
  }, [ids, renderKey]);
  return (...next: string[]) => setIds(next);
}
