import { prefetchViewer, takePrefetchedViewer } from './viewer-prefetch';

describe('asking who is signed in as the page starts', () => {
  const realFetch = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  it('posts the query with the session cookie and hands the answer over once', async () => {
    const answer = { data: { viewer: { id: 'user-1' } } };
    const fetchMock = jest.fn(async () => ({ ok: true, json: async () => answer }) as Response);
    globalThis.fetch = fetchMock as typeof fetch;

    prefetchViewer('query Viewer { viewer { id } }');
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/graphql');
    expect(init).toMatchObject({ method: 'POST', credentials: 'same-origin' });
    expect(JSON.parse(String(init.body))).toEqual({ operationName: 'Viewer', query: 'query Viewer { viewer { id } }', variables: {} });

    await expect(takePrefetchedViewer()).resolves.toEqual(answer);
    expect(takePrefetchedViewer()).toBeNull();
  });

  it('gives no answer when the server could not be reached', async () => {
    globalThis.fetch = jest.fn(async () => {
      throw new TypeError('offline');
    }) as typeof fetch;
    prefetchViewer('query Viewer { viewer { id } }');
    await expect(takePrefetchedViewer()).resolves.toBeNull();
  });
});
