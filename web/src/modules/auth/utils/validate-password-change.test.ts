import { PASSWORD_PROBLEM_MESSAGES } from '@sentinel/shared';
import { validatePasswordChange } from './validate-password-change';

const good = 'correct horse battery staple';

describe('validatePasswordChange', () => {
  it('accepts a long enough, confirmed password', () => {
    expect(validatePasswordChange({ currentPassword: 'old one', newPassword: good, confirmPassword: good })).toEqual({});
  });

  it('asks for every empty field', () => {
    expect(validatePasswordChange({ currentPassword: '', newPassword: '', confirmPassword: '' })).toEqual({
      currentPassword: 'Enter your current password',
      newPassword: 'Enter a new password',
      confirmPassword: 'Confirm your new password',
    });
  });

  it('applies the shared length rules', () => {
    expect(validatePasswordChange({ currentPassword: 'x', newPassword: 'short', confirmPassword: 'short' }).newPassword).toBe(
      PASSWORD_PROBLEM_MESSAGES.TOO_SHORT,
    );
    const long = 'a'.repeat(129);
    expect(validatePasswordChange({ currentPassword: 'x', newPassword: long, confirmPassword: long }).newPassword).toBe(
      PASSWORD_PROBLEM_MESSAGES.TOO_LONG,
    );
  });

  it('requires the confirmation to match', () => {
    expect(validatePasswordChange({ currentPassword: 'x', newPassword: good, confirmPassword: `${good}!` })).toEqual({
      confirmPassword: 'The passwords do not match',
    });
  });
});
