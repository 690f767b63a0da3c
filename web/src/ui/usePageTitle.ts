import { useEffect } from 'react';

// GOV.UK prefixes "Error: " so that screen reader users hear at once that the page has problems.
export function useDocumentTitle(title: string, hasError = false): void {
  useEffect(() => {
    document.title = hasError ? `Error: ${title}` : title;
  }, [title, hasError]);
}
