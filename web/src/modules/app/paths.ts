export const SIGN_IN_PATH = '/sign-in';
export const CHANGE_PASSWORD_PATH = '/account/password';
/** Where sign-in leads: the threat picture, which sends anyone who may not read it on to the home page. */
export const LANDING_PATH = '/threat-picture';
export const PROJECTOR_PATH = '/projector';
