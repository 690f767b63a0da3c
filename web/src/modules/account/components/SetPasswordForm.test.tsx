import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PASSWORD_PROBLEM_MESSAGES } from '@sentinel/shared';
import { SetPasswordForm } from './SetPasswordForm';

const props = { heading: 'Set your password', submitLabel: 'Set password and sign in' };

describe('SetPasswordForm', () => {
  it('checks length and matching before anything is sent', async () => {
    const onSubmit = jest.fn(async () => undefined);
    render(<SetPasswordForm {...props} onSubmit={onSubmit} />);
    await userEvent.type(screen.getByLabelText('New password'), 'too short');
    await userEvent.type(screen.getByLabelText('Confirm new password'), 'different');
    await userEvent.click(screen.getByRole('button', { name: 'Set password and sign in' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByRole('link', { name: PASSWORD_PROBLEM_MESSAGES.TOO_SHORT })).toHaveAttribute('href', '#newPassword');
    expect(screen.getByRole('link', { name: 'The passwords do not match' })).toHaveAttribute('href', '#confirmPassword');
  });

  it('sends the password once it passes, and shows a server error on its field', async () => {
    const onSubmit = jest.fn(async () => undefined);
    const { rerender } = render(<SetPasswordForm {...props} onSubmit={onSubmit} />);
    const phrase = 'four unrelated words here';
    await userEvent.type(screen.getByLabelText('New password'), phrase);
    await userEvent.type(screen.getByLabelText('Confirm new password'), phrase);
    await userEvent.click(screen.getByRole('button', { name: 'Set password and sign in' }));
    expect(onSubmit).toHaveBeenCalledWith({ newPassword: phrase, confirmPassword: phrase });
    rerender(<SetPasswordForm {...props} onSubmit={onSubmit} serverErrors={{ newPassword: PASSWORD_PROBLEM_MESSAGES.TOO_COMMON }} />);
    expect(screen.getByLabelText('New password')).toHaveAccessibleDescription(expect.stringContaining(PASSWORD_PROBLEM_MESSAGES.TOO_COMMON));
  });
});
