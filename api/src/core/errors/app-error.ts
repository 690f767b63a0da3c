import { fieldLabels, type ErrorCode } from '@sentinel/shared';

/**
 * The one error type a service throws on purpose. Its code and message reach the client as they are; any
 * other error reaches it only as INTERNAL_SERVER_ERROR.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    /** CONFLICT: the fields someone else changed, by their input names, for the form to lay beside the person's own. */
    readonly changedFields?: string[],
  ) {
    super(message);
    this.name = 'AppError';
  }

  static notFound(what: string): AppError {
    return new AppError('NOT_FOUND', `${what} was not found, or you do not have access to it`);
  }

  static badInput(field: string, message: string): AppError {
    return new AppError('BAD_USER_INPUT', message, field);
  }

  /** Throws BAD_USER_INPUT on `field` when a shared rule (date-rules, input-values) found a problem. */
  static refuseIf(field: string, problem: string | null): void {
    if (problem) throw AppError.badInput(field, problem);
  }

  /** `entityType` names the fields as the form labels them (FIELD_LABELS in shared). */
  static conflict(what: string, changedFields: string[], entityType = ''): AppError {
    const fields = changedFields.length ? `: ${fieldLabels(entityType, changedFields).join(', ')} changed` : '';
    return new AppError(
      'CONFLICT',
      `${what} was changed by someone else since you opened it${fields}. Check their changes beside yours, then save again.`,
      undefined,
      changedFields,
    );
  }

  /** The message says who can do it, where that is not simply a matter of the caller's role. */
  static forbidden(message = 'Your role on this panel does not allow this'): AppError {
    return new AppError('FORBIDDEN', message);
  }

  static secondFactorRequired(): AppError {
    return new AppError('SECOND_FACTOR_REQUIRED', 'Enter the code from your authenticator app before you continue');
  }

  static unauthenticated(): AppError {
    return new AppError('UNAUTHENTICATED', 'Sign in to continue');
  }
}
