import { PERMISSIONS } from '@sentinel/shared';

export const SIGN_IN_PATH = '/sign-in';
export const CHANGE_PASSWORD_PATH = '/account/password';
export const FORGOT_PASSWORD_PATH = '/account/forgot-password';
/** Pages for someone not signed in: they need no viewer, and the links from account mail open them. */
export const PUBLIC_PATHS: readonly string[] = [SIGN_IN_PATH, FORGOT_PASSWORD_PATH, '/account/invitation', '/account/reset-password'];
/** The sign-in's second step: a code from the authenticator app, or setting one up (secondFactorStep in shared). */
export const SECOND_FACTOR_CODE_PATH = '/second-factor';
export const SECOND_FACTOR_SET_UP_PATH = '/second-factor/set-up';
export const ACCOUNT_SECOND_FACTOR_PATH = '/account/authenticator';
/**
 * Where sign-in leads. A partner agency's member comes for their agency's tasks; everyone else to the threat
 * picture, which sends anyone who may not read it on to the home page.
 */
export function landingPath(permissions: readonly string[]): string {
  return permissions.includes(PERMISSIONS.TASK_READ) && !permissions.includes(PERMISSIONS.TASK_READ_ALL) ? '/tasks/mine' : '/threat-picture';
}
export const PROJECTOR_PATH = '/projector';
/** The system administrator's single sign-on pages. */
export const SINGLE_SIGN_ON_PATH = '/admin/single-sign-on';
