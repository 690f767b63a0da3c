import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { of } from 'rxjs';
import { ViewerQuery } from './graphql/viewer.query';
import { createErrorLink } from './apollo-client';
import { SignOutMutation } from './graphql/sign-out.mutation';

// A client whose server answers every operation with one error code.
function answeringWith(code: string) {
  const onUnauthenticated = jest.fn();
  const server = new ApolloLink(() => of({ errors: [{ message: 'Refused', extensions: { code } }] }));
  const client = new ApolloClient({
    link: createErrorLink({ onUnauthenticated }).concat(server),
    cache: new InMemoryCache(),
  });
  return { client, onUnauthenticated };
}

describe('refusals that send the person elsewhere', () => {
  it('sends someone whose session ended to sign in, except from signing out itself', async () => {
    const { client, onUnauthenticated } = answeringWith('UNAUTHENTICATED');
    await expect(client.query({ query: ViewerQuery })).rejects.toThrow('Refused');
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
    await expect(client.mutate({ mutation: SignOutMutation })).rejects.toThrow('Refused');
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
  });

  it('leaves other refusals to the screen that met them', async () => {
    const { client, onUnauthenticated } = answeringWith('FORBIDDEN');
    await expect(client.query({ query: ViewerQuery })).rejects.toThrow('Refused');
    expect(onUnauthenticated).not.toHaveBeenCalled();
  });
});
