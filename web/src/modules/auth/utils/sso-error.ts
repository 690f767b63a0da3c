import { ssoErrorMessage } from '@sentinel/shared';

/**
 * The refusal a single sign-on came back with (`/sign-in#sso=CODE`), as the message to show. The fragment is
 * removed from the address bar as soon as it is read, so a reload or a shared link does not show it again.
 */
export function takeSsoError(): string | null {
  const match = /^#sso=([A-Z_]{1,40})$/.exec(window.location.hash);
  if (!match) return null;
  window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
  return ssoErrorMessage(match[1]) ?? ssoErrorMessage('PROVIDER_ERROR');
}
