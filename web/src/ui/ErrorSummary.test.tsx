import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ErrorSummary } from './ErrorSummary';
import { TextInput } from './TextInput';

describe('ErrorSummary', () => {
  it('renders nothing when there are no errors', () => {
    const { container } = render(<ErrorSummary errors={[]} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('links each message to its field id and takes focus', () => {
    render(
      <ErrorSummary
        errors={[
          { fieldId: 'email', message: 'Enter your email address' },
          { fieldId: 'password', message: 'Enter your password' },
        ]}
      />,
    );
    expect(screen.getByRole('heading', { name: 'There is a problem' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Enter your email address' })).toHaveAttribute('href', '#email');
    expect(screen.getByRole('link', { name: 'Enter your password' })).toHaveAttribute('href', '#password');
    expect(screen.getByRole('alert').parentElement).toHaveFocus();
  });

  it('shows a message without a field as plain text', () => {
    render(<ErrorSummary errors={[{ message: 'Someone else changed this agency' }]} />);
    expect(screen.getByText('Someone else changed this agency')).toBeInTheDocument();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });

  it('moves focus to the field when its link is followed', async () => {
    render(
      <>
        <ErrorSummary errors={[{ fieldId: 'name', message: 'Enter a name' }]} />
        <TextInput id="name" label="Name" value="" onChange={() => undefined} error="Enter a name" />
      </>,
    );
    await userEvent.click(screen.getByRole('link', { name: 'Enter a name' }));
    expect(screen.getByLabelText('Name')).toHaveFocus();
  });
});
