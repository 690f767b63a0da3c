import type { SsoErrorCode } from '@sentinel/shared';

/** A single sign-on refused: the code the sign-in page explains, and a detail for the log that names no person. */
export class SsoRefusal extends Error {
  constructor(
    readonly code: SsoErrorCode,
    readonly detail = '',
  ) {
    super(code);
    this.name = 'SsoRefusal';
  }
}
