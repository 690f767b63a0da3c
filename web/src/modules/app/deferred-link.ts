import { ApolloLink } from '@apollo/client';
import { Observable, type Subscription } from 'rxjs';

/**
 * A link whose code is fetched when the first operation reaches it, so that pages that never use it
 * (live updates, on most pages) do not download it. The link is loaded once and reused.
 */
export function createDeferredLink(load: () => Promise<ApolloLink>): ApolloLink {
  let loading: Promise<ApolloLink> | null = null;
  return new ApolloLink(
    (operation, forward) =>
      new Observable<ApolloLink.Result>((observer) => {
        let inner: Subscription | null = null;
        let closed = false;
        loading ??= load().catch((error: unknown) => {
          loading = null;
          throw error;
        });
        loading.then(
          (link) => {
            if (!closed) inner = link.request(operation, forward).subscribe(observer);
          },
          (error: unknown) => {
            if (!closed) observer.error(error);
          },
        );
        return () => {
          closed = true;
          inner?.unsubscribe();
        };
      }),
  );
}
