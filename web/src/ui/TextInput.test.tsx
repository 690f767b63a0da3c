import { render, screen } from '@testing-library/react';
import { Radios } from './Radios';
import { TextInput } from './TextInput';

describe('form fields', () => {
  it('describe an input by its hint and error message', () => {
    render(
      <TextInput id="email" label="Email address" hint="Your work address" error="Enter your email address" value="" onChange={() => undefined} />,
    );
    const input = screen.getByLabelText('Email address');
    expect(input).toHaveAttribute('aria-describedby', 'email-hint email-error');
    expect(input).toHaveClass('govuk-input--error');
    expect(input).toHaveAccessibleDescription('Your work address Error: Enter your email address');
  });

  it('give the first radio the bare id so that error links land on it', () => {
    render(
      <Radios
        id="role"
        legend="Role"
        options={[
          { value: 'A', label: 'Chair' },
          { value: 'B', label: 'Observer' },
        ]}
        value=""
        onChange={() => undefined}
      />,
    );
    expect(screen.getByLabelText('Chair')).toHaveAttribute('id', 'role');
    expect(screen.getByLabelText('Observer')).toHaveAttribute('id', 'role-2');
    expect(screen.getByRole('group', { name: 'Role' })).toBeInTheDocument();
  });
});
