import { createContext, lazy, use, type ReactNode } from 'react';
import type { ApolloClient } from '@apollo/client';

/**
 * The API client of this tab: `load` fetches its code and makes it (the same promise every call), `current` gives
 * it once made. It is loaded on first need rather than with the page, so that the sign-in page shows without
 * waiting for it (nor downloading it before the person starts to type).
 */
export type ClientLoader = { load: () => Promise<ApolloClient>; current: () => ApolloClient | null };

export const ClientLoaderContext = createContext<ClientLoader | null>(null);

function useClientLoader(): ClientLoader {
  const loader = use(ClientLoaderContext);
  if (!loader) throw new Error('No API client: render under ClientLoaderContext');
  return loader;
}

export function useLoadClient(): ClientLoader['load'] {
  return useClientLoader().load;
}

// Imported here, not at the top, so that it arrives with the client rather than with the page.
const ApolloProvider = lazy(async () => ({ default: (await import('@apollo/client/react')).ApolloProvider }));

/** Provides the API client to the pages under it, suspending until it has loaded. */
export function WithClient({ children }: { children: ReactNode }) {
  const loader = useClientLoader();
  const client = loader.current();
  // React allows `use` only in a component that calls it at every render: the wait is a component of its own.
  return client ? <ApolloProvider client={client}>{children}</ApolloProvider> : <ClientOnceLoaded loader={loader}>{children}</ClientOnceLoaded>;
}

function ClientOnceLoaded({ loader, children }: { loader: ClientLoader; children: ReactNode }) {
  return <ApolloProvider client={use(loader.load())}>{children}</ApolloProvider>;
}
