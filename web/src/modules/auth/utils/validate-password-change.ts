import { passwordLengthProblem, PASSWORD_PROBLEM_MESSAGES } from '@sentinel/shared';
import type { FieldErrors } from '../../app/utils/form-errors';

export type PasswordChangeValues = { currentPassword: string; newPassword: string; confirmPassword: string };

// Length and matching only: whether a password is too common is known to the server alone.
export function validatePasswordChange(values: PasswordChangeValues): FieldErrors {
  const errors: FieldErrors = {};
  if (!values.currentPassword) errors.currentPassword = 'Enter your current password';
  if (!values.newPassword) {
    errors.newPassword = 'Enter a new password';
  } else {
    const problem = passwordLengthProblem(values.newPassword);
    if (problem) errors.newPassword = PASSWORD_PROBLEM_MESSAGES[problem];
  }
  if (!values.confirmPassword) errors.confirmPassword = 'Confirm your new password';
  else if (values.newPassword && values.confirmPassword !== values.newPassword) {
    errors.confirmPassword = 'The passwords do not match';
  }
  return errors;
}
