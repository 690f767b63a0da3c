import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ForgotPasswordForm } from './ForgotPasswordForm';

describe('ForgotPasswordForm', () => {
  it('asks for an email address in the right format before sending it, trimmed', async () => {
    const onSubmit = jest.fn(async () => undefined);
    render(<ForgotPasswordForm onSubmit={onSubmit} />);
    await userEvent.click(screen.getByRole('button', { name: 'Send me a link' }));
    expect(screen.getByRole('link', { name: 'Enter your email address' })).toHaveAttribute('href', '#email');
    await userEvent.type(screen.getByLabelText('Email address'), 'not an address');
    await userEvent.click(screen.getByRole('button', { name: 'Send me a link' }));
    expect(onSubmit).not.toHaveBeenCalled();
    await userEvent.clear(screen.getByLabelText('Email address'));
    await userEvent.type(screen.getByLabelText('Email address'), ' name@example.gov.uk ');
    await userEvent.click(screen.getByRole('button', { name: 'Send me a link' }));
    expect(onSubmit).toHaveBeenCalledWith({ email: 'name@example.gov.uk' });
  });
});
