import { createContext, use, type ReactNode } from 'react';
import type { ApolloClient } from '@apollo/client';
import { ApolloProvider, getApolloContext } from '@apollo/client/react';

/** Fetches the API client's code and makes the one client of this tab; the same promise every call. */
export type LoadClient = () => Promise<ApolloClient>;

/**
 * The API client is loaded on first need rather than with the page, so that the sign-in page shows without
 * waiting for it. A client already provided above (a test's mocked one) is used as it is.
 */
export const ClientLoaderContext = createContext<LoadClient | null>(null);

export function useLoadClient(): LoadClient {
  const provided = use(getApolloContext()).client;
  const load = use(ClientLoaderContext);
  if (provided) return () => Promise.resolve(provided);
  if (!load) throw new Error('No API client: render under ClientLoaderContext or ApolloProvider');
  return load;
}

/** Provides the API client to the pages under it, suspending until it has loaded. */
export function WithClient({ children }: { children: ReactNode }) {
  const provided = use(getApolloContext()).client;
  const load = use(ClientLoaderContext);
  if (provided || !load) return children;
  return <LoadedClient client={load()}>{children}</LoadedClient>;
}

function LoadedClient({ client, children }: { client: Promise<ApolloClient>; children: ReactNode }) {
  return <ApolloProvider client={use(client)}>{children}</ApolloProvider>;
}
