import type { FieldErrors } from '../../app/utils/form-errors';

export type SignInValues = { email: string; password: string };

export function validateSignIn(values: SignInValues): FieldErrors {
  const errors: FieldErrors = {};
  if (!values.email.trim()) errors.email = 'Enter your email address';
  if (!values.password) errors.password = 'Enter your password';
  return errors;
}
