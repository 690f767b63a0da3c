import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { Observable, of } from 'rxjs';
import { ViewerQuery } from './graphql/viewer.query';
import { createDeferredLink } from './deferred-link';

const answer = { data: { viewer: null } };

describe('a link whose code is fetched on first use', () => {
  it('fetches nothing until an operation reaches it, then fetches once for every operation', async () => {
    const load = jest.fn(async () => new ApolloLink(() => of(answer)));
    const client = new ApolloClient({ link: createDeferredLink(load), cache: new InMemoryCache() });
    expect(load).not.toHaveBeenCalled();

    await client.query({ query: ViewerQuery, fetchPolicy: 'network-only' });
    await client.query({ query: ViewerQuery, fetchPolicy: 'network-only' });
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('does not start an operation given up while the code was still on its way', async () => {
    let arrive: (link: ApolloLink) => void = () => undefined;
    const started = jest.fn();
    const link = createDeferredLink(() => new Promise((resolve) => (arrive = resolve)));
    const subscription = ApolloLink.execute(link, { query: ViewerQuery }, { client: {} as ApolloClient }).subscribe(() => undefined);
    subscription.unsubscribe();
    arrive(
      new ApolloLink(
        () =>
          new Observable((observer) => {
            started();
            observer.complete();
          }),
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(started).not.toHaveBeenCalled();
  });

  it('fails the operation when the code cannot be fetched, and tries again next time', async () => {
    const load = jest
      .fn<Promise<ApolloLink>, []>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValue(new ApolloLink(() => of(answer)));
    const client = new ApolloClient({ link: createDeferredLink(load), cache: new InMemoryCache() });
    await expect(client.query({ query: ViewerQuery, fetchPolicy: 'network-only' })).rejects.toThrow('offline');
    await expect(client.query({ query: ViewerQuery, fetchPolicy: 'network-only' })).resolves.toMatchObject({ data: answer.data });
    expect(load).toHaveBeenCalledTimes(2);
  });
});
