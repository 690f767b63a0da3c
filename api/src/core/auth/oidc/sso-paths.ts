import { SSO_PATH_PATTERN } from '@sentinel/shared';

/** The single sign-on routes, which the web server's fallback to index.html must leave to the API. */
export const SSO_PATH = new RegExp(SSO_PATH_PATTERN);
