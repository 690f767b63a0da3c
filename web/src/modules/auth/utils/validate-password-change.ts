import type { FieldErrors } from '../../app/utils/form-errors';
import { validateNewPassword } from '../../account/utils/validate-new-password';

export type PasswordChangeValues = { currentPassword: string; newPassword: string; confirmPassword: string };

/** The new password's rules are the ones a link's form checks; the current password is asked for as well. */
export function validatePasswordChange(values: PasswordChangeValues): FieldErrors {
  const errors: FieldErrors = {};
  if (!values.currentPassword) errors.currentPassword = 'Enter your current password';
  return { ...errors, ...validateNewPassword(values) };
}
