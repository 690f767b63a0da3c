import { passwordLengthProblem, PASSWORD_PROBLEM_MESSAGES } from '@sentinel/shared';
import type { FieldErrors } from '../../app/utils/form-errors';

export type NewPasswordValues = { newPassword: string; confirmPassword: string };

// Length and matching only: whether a password is too common is known to the server alone.
export function validateNewPassword(values: NewPasswordValues): FieldErrors {
  const errors: FieldErrors = {};
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

export type EmailValues = { email: string };

export function validateEmail(values: EmailValues): FieldErrors {
  const email = values.email.trim();
  if (!email) return { email: 'Enter your email address' };
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) return { email: 'Enter an email address in the correct format, like name@example.gov.uk' };
  return {};
}
