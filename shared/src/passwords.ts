export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

export type PasswordProblem = 'TOO_SHORT' | 'TOO_LONG' | 'TOO_COMMON';

export const PASSWORD_PROBLEM_MESSAGES: Record<PasswordProblem, string> = {
  TOO_SHORT: `Password must be ${PASSWORD_MIN_LENGTH} characters or more`,
  TOO_LONG: `Password must be ${PASSWORD_MAX_LENGTH} characters or fewer`,
  TOO_COMMON: 'Password is too common: choose a longer phrase of unrelated words',
};

/** Length rules only; the common-password list is checked on the server, which ships it. */
export function passwordLengthProblem(password: string): PasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return 'TOO_SHORT';
  if (length > PASSWORD_MAX_LENGTH) return 'TOO_LONG';
  return null;
}
