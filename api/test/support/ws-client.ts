import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

/** A graphql-ws client that presents a session cookie, as a browser on our own origin would. */
export function wsClient(httpUrl: string, session?: string, origin?: string): Client {
  const url = httpUrl.replace(/^http/, 'ws') + '/graphql';
  class CookieSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers: { ...(session ? { cookie: session } : {}), origin: origin ?? httpUrl } });
    }
  }
  return createClient({ url, webSocketImpl: CookieSocket, retryAttempts: 0, lazy: true });
}

export interface Collected<T> {
  events: T[];
  errors: unknown[];
  done: Promise<void>;
  stop(): void;
}

export function collect<T>(client: Client, query: string, variables: Record<string, unknown>): Collected<T> {
  const events: T[] = [];
  const errors: unknown[] = [];
  let stop = () => {};
  const done = new Promise<void>((resolve) => {
    stop = client.subscribe<T>(
      { query, variables },
      {
        next: (v) => (v.errors ? errors.push(...v.errors) : events.push(v.data as T)),
        error: (e) => {
          errors.push(e);
          resolve();
        },
        complete: () => resolve(),
      },
    );
  });
  return { events, errors, done, stop: () => stop() };
}

export async function waitFor(check: () => boolean, ms = 3000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}
