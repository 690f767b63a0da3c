import { SSO_ERRORS } from '@sentinel/shared';
import { takeSsoError } from './sso-error';

describe('a refused single sign-on on the sign-in page', () => {
  it('shows the message for its code and takes the code out of the address', () => {
    window.history.replaceState(null, '', '/sign-in#sso=NO_MEMBER');
    expect(takeSsoError()).toBe(SSO_ERRORS.NO_MEMBER);
    expect(window.location.hash).toBe('');
    expect(window.location.pathname).toBe('/sign-in');
    expect(takeSsoError()).toBeNull();
  });

  it('answers a code it does not know with a general message, and ignores any other fragment', () => {
    window.history.replaceState(null, '', '/sign-in#sso=SOMETHING_NEW');
    expect(takeSsoError()).toBe(SSO_ERRORS.PROVIDER_ERROR);
    window.history.replaceState(null, '', '/sign-in#main-content');
    expect(takeSsoError()).toBeNull();
    expect(window.location.hash).toBe('#main-content');
  });
});
