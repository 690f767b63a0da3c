/** A panel's short code, unique in the deployment: 2 to 20 capital letters, digits and hyphens, starting with a letter or digit. */
export const PANEL_CODE_PATTERN = /^[A-Z0-9][A-Z0-9-]{1,19}$/;
