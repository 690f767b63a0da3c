import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { of } from 'rxjs';
import { ClientLoaderContext } from './client-loader';
import { routedApp, viewerMock } from '../../test/render';

// The app as main.tsx renders it: no client above the routes, only a way to load one.
function renderApp(path: string, load: () => Promise<ApolloClient>, current: () => ApolloClient | null = () => null, state?: unknown) {
  const { app, router } = routedApp(path, state);
  render(<ClientLoaderContext value={{ load, current }}>{app}</ClientLoaderContext>);
  return router;
}

function clientAnswering(signIn: { id: string }) {
  const operations: string[] = [];
  const link = new ApolloLink((operation) => {
    operations.push(operation.operationName ?? '');
    if (operation.operationName === 'Viewer') return of(viewerMock().result as ApolloLink.Result);
    return of({
      data: {
        signIn: {
          __typename: 'SignInResult',
          memberships: [],
          secondFactor: { __typename: 'SecondFactorState', enrolled: true, required: true, verified: true },
          ...signIn,
        },
      },
    });
  });
  return { client: new ApolloClient({ link, cache: new InMemoryCache() }), operations };
}

describe('the API client, loaded on first need', () => {
  it('renders the pages once it has arrived without React refusing how it was waited for', async () => {
    // As main.tsx does: `current` gives the client once made, so the render after the wait finds it at once. First
    // in this file, while the provider's own code has not been loaded yet, as on a real first visit.
    let made: ApolloClient | null = null;
    let arrive: (client: ApolloClient) => void = () => undefined;
    const promise = new Promise<ApolloClient>((resolve) => (arrive = resolve)).then((c) => (made = c));
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      await act(async () => {
        renderApp(
          '/account/password',
          () => promise,
          () => made,
        );
      });
      const { client } = clientAnswering({ id: 'user-1' });
      await act(async () => arrive(client));
      expect(await screen.findByRole('heading', { level: 1, name: 'Change your password' })).toBeInTheDocument();
      expect(errors.mock.calls.map((c) => String(c[0]))).not.toContainEqual(expect.stringMatching(/called use\(\) to suspend/));
    } finally {
      errors.mockRestore();
    }
  });

  it('shows the sign-in page without it, fetches it while the person types, and signs in through it', async () => {
    const { client, operations } = clientAnswering({ id: 'user-1' });
    const loaded = Promise.resolve(client);
    const load = jest.fn(() => loaded);
    // Sent to sign in from the change-password page: signing in leads back there.
    const router = renderApp('/sign-in', load, undefined, { from: '/account/password' });

    expect(screen.getByRole('heading', { level: 1, name: 'Sign in to Sentinel' })).toBeInTheDocument();
    expect(load).not.toHaveBeenCalled();

    await userEvent.type(screen.getByLabelText('Email address'), 'chair@example.org');
    expect(load).toHaveBeenCalled();
    await userEvent.type(screen.getByLabelText('Password'), 'a password');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Change your password' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/account/password');
    expect(operations).toEqual(['SignIn', 'Viewer']);
  });

  it('holds the signed-in pages behind a loading frame until it has arrived', async () => {
    let arrive: (client: ApolloClient) => void = () => undefined;
    const promise = new Promise<ApolloClient>((resolve) => (arrive = resolve));
    // Awaited, so that React waits on the client's promise rather than the test's act scope.
    await act(async () => {
      renderApp('/', () => promise);
    });
    expect(await screen.findByRole('status')).toHaveTextContent('Loading…');
    expect(screen.getByTestId('protective-marking-top')).toHaveTextContent('OFFICIAL-SENSITIVE');
    const link = new ApolloLink(() => of({ errors: [{ message: 'Sign in to continue', extensions: { code: 'UNAUTHENTICATED' } }] }));
    await act(async () => arrive(new ApolloClient({ link, cache: new InMemoryCache() })));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to Sentinel' })).toBeInTheDocument();
  });
});
