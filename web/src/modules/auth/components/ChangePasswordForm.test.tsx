import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PASSWORD_PROBLEM_MESSAGES } from '@sentinel/shared';
import { ChangePasswordForm } from './ChangePasswordForm';

describe('ChangePasswordForm', () => {
  it('checks length and matching before anything is sent', async () => {
    const onSubmit = jest.fn(async () => true);
    render(<ChangePasswordForm onSubmit={onSubmit} />);
    await userEvent.type(screen.getByLabelText('Current password'), 'temporary one');
    await userEvent.type(screen.getByLabelText('New password'), 'too short');
    await userEvent.type(screen.getByLabelText('Confirm new password'), 'different');
    await userEvent.click(screen.getByRole('button', { name: 'Change password' }));

    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByRole('link', { name: PASSWORD_PROBLEM_MESSAGES.TOO_SHORT })).toHaveAttribute('href', '#newPassword');
    expect(screen.getByRole('link', { name: 'The passwords do not match' })).toHaveAttribute('href', '#confirmPassword');
  });

  it('sends the passwords once they pass, and shows server errors per field', async () => {
    const onSubmit = jest.fn(async () => false);
    const { rerender } = render(<ChangePasswordForm onSubmit={onSubmit} />);
    const phrase = 'four unrelated words here';
    await userEvent.type(screen.getByLabelText('Current password'), 'temporary one');
    await userEvent.type(screen.getByLabelText('New password'), phrase);
    await userEvent.type(screen.getByLabelText('Confirm new password'), phrase);
    await userEvent.click(screen.getByRole('button', { name: 'Change password' }));
    expect(onSubmit).toHaveBeenCalledWith({ currentPassword: 'temporary one', newPassword: phrase, confirmPassword: phrase });

    rerender(<ChangePasswordForm onSubmit={onSubmit} serverErrors={{ currentPassword: 'Your current password is not right' }} />);
    expect(screen.getByRole('link', { name: 'Your current password is not right' })).toHaveAttribute('href', '#currentPassword');
    expect(screen.getByLabelText('Current password')).toHaveAccessibleDescription('Error: Your current password is not right');
  });
});
