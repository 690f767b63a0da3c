/** How long a link sent by mail works, and how often a reset link may be asked for. */
export const ACCOUNT_LINKS = {
  invitationDays: 7,
  resetMinutes: 30,
} as const;

/**
 * Reset links: at most `mailsPerAddress` in `addressWindowMinutes` for one email address typed (more requests get
 * the same answer and no mail); a client address making more than `requestsPerIp` requests in `ipWindowMinutes`
 * is refused with RATE_LIMITED.
 */
export const PASSWORD_RESET_THROTTLE = {
  mailsPerAddress: 3,
  addressWindowMinutes: 60,
  requestsPerIp: 20,
  ipWindowMinutes: 15,
} as const;

/** The one answer to a request for a reset link, whether or not an account has that address. */
export const PASSWORD_RESET_REQUESTED = `If an account exists for that address, we have sent a link to reset the password. The link works for ${ACCOUNT_LINKS.resetMinutes} minutes.`;

/** The one answer to a link that is unknown, used or expired: which of the three is not told. */
export const ACCOUNT_LINK_REFUSED = 'This link has expired or has already been used';

/** Where the links in account mail lead; the token follows in the fragment, which browsers never send. */
export const ACCOUNT_LINK_PATHS = {
  INVITATION: '/account/invitation',
  PASSWORD_RESET: '/account/reset-password',
} as const;
