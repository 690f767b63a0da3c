import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { of } from 'rxjs';
import { ViewerQuery } from './graphql/viewer.query';
import { createErrorLink } from './apollo-client';
import { SignOutMutation } from './graphql/sign-out.mutation';

// A client whose server answers every operation with one error code.
function answeringWith(code: string) {
  const onUnauthenticated = jest.fn();
  const onPasswordChangeRequired = jest.fn();
  const server = new ApolloLink(() => of({ errors: [{ message: 'Refused', extensions: { code } }] }));
  const client = new ApolloClient({
    link: createErrorLink({ onUnauthenticated, onPasswordChangeRequired }).concat(server),
    cache: new InMemoryCache(),
  });
  return { client, onUnauthenticated, onPasswordChangeRequired };
}

describe('refusals that send the person elsewhere', () => {
  it('sends someone whose temporary password is still in use to change it, not to sign in', async () => {
    const { client, onUnauthenticated, onPasswordChangeRequired } = answeringWith('PASSWORD_CHANGE_REQUIRED');
    await expect(client.query({ query: ViewerQuery })).rejects.toThrow('Refused');
    expect(onPasswordChangeRequired).toHaveBeenCalledTimes(1);
    expect(onUnauthenticated).not.toHaveBeenCalled();
  });

  it('sends someone whose session ended to sign in, except from signing out itself', async () => {
    const { client, onUnauthenticated, onPasswordChangeRequired } = answeringWith('UNAUTHENTICATED');
    await expect(client.query({ query: ViewerQuery })).rejects.toThrow('Refused');
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
    await expect(client.mutate({ mutation: SignOutMutation })).rejects.toThrow('Refused');
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
    expect(onPasswordChangeRequired).not.toHaveBeenCalled();
  });

  it('leaves other refusals to the screen that met them', async () => {
    const { client, onUnauthenticated, onPasswordChangeRequired } = answeringWith('FORBIDDEN');
    await expect(client.query({ query: ViewerQuery })).rejects.toThrow('Refused');
    expect(onUnauthenticated).not.toHaveBeenCalled();
    expect(onPasswordChangeRequired).not.toHaveBeenCalled();
  });
});
