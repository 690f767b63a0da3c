import { PERMISSIONS } from '@sentinel/shared';

export const SIGN_IN_PATH = '/sign-in';
export const CHANGE_PASSWORD_PATH = '/account/password';
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
