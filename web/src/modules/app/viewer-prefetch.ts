type Answer = { data?: unknown; errors?: unknown[] };

let pending: Promise<Answer | null> | null = null;

/**
 * Asks who is signed in as the page starts, beside the download of the app's code rather than after it. The
 * API client takes the answer into its cache when it is made (main.tsx); a refusal is left for it to ask again.
 */
export function prefetchViewer(query: string): void {
  pending = fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ operationName: 'Viewer', query, variables: {} }),
  })
    .then((response) => (response.ok ? (response.json() as Promise<Answer>) : null))
    .catch(() => null);
}

/** The answer, once: later asks go through the client. */
export function takePrefetchedViewer(): Promise<Answer | null> | null {
  const answer = pending;
  pending = null;
  return answer;
}
