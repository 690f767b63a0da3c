import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SignInMutation } from '../graphql/sign-in.mutation';
import { renderRoute } from '../../../test/render';

describe('sign-in page', () => {
  it('shows the error summary, linked to the fields, when both are empty', async () => {
    renderRoute('/sign-in');
    expect(screen.getByRole('heading', { level: 1, name: 'Sign in to Sentinel' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(screen.getByRole('heading', { name: 'There is a problem' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Enter your email address' })).toHaveAttribute('href', '#email');
    expect(screen.getByRole('link', { name: 'Enter your password' })).toHaveAttribute('href', '#password');
    expect(screen.getByLabelText('Email address')).toHaveAccessibleDescription('Error: Enter your email address');
    expect(screen.getByRole('alert').parentElement).toHaveFocus();
  });

  it('asks only for the missing field', async () => {
    renderRoute('/sign-in');
    await userEvent.type(screen.getByLabelText('Email address'), 'chair@example.org');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(screen.queryByRole('link', { name: 'Enter your email address' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Enter your password' })).toBeInTheDocument();
  });

  it("shows the server's message for a wrong password, linked to the email field", async () => {
    const message = 'Enter a correct email address and password';
    renderRoute('/sign-in', [
      {
        request: { query: SignInMutation, variables: { input: { email: 'chair@example.org', password: 'wrong password' } } },
        result: { errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] },
      },
    ]);
    await userEvent.type(screen.getByLabelText('Email address'), 'chair@example.org');
    await userEvent.type(screen.getByLabelText('Password'), 'wrong password');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    const link = await screen.findByRole('link', { name: message });
    expect(link).toHaveAttribute('href', '#email');
    await waitFor(() => expect(document.title).toBe('Error: Sign in - Sentinel'));
  });

  it('shows the protective marking at the top and bottom of the page', () => {
    renderRoute('/sign-in');
    expect(screen.getByTestId('protective-marking-top')).toHaveTextContent('OFFICIAL-SENSITIVE');
    expect(screen.getByTestId('protective-marking-bottom')).toHaveTextContent('OFFICIAL-SENSITIVE');
  });
});
