import { useState, type FormEvent } from 'react';
import { Button } from '../../../ui/Button';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { TextInput } from '../../../ui/TextInput';
import { summaryItems, type FieldErrors } from '../../app/utils/form-errors';
import { validateEmail, type EmailValues } from '../utils/validate-new-password';

type Props = {
  onSubmit: (values: EmailValues) => Promise<void>;
  serverErrors?: FieldErrors;
  serverGeneral?: string[];
  submitting?: boolean;
};

export function ForgotPasswordForm({ onSubmit, serverErrors, serverGeneral = [], submitting = false }: Props) {
  const [email, setEmail] = useState('');
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const useClient = Object.keys(clientErrors).length > 0;
  const errors = useClient ? clientErrors : (serverErrors ?? {});
  const general = useClient ? [] : serverGeneral;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validateEmail({ email });
    setClientErrors(found);
    if (Object.keys(found).length === 0) await onSubmit({ email: email.trim() });
  };

  return (
    <>
      <ErrorSummary errors={summaryItems(errors, ['email'], general)} />
      <h1 className="govuk-heading-l">Reset your password</h1>
      <p className="govuk-body">Enter the email address you sign in with. We will send you a link to choose a new password.</p>
      <form onSubmit={submit} noValidate>
        <TextInput
          id="email"
          label="Email address"
          type="email"
          autoComplete="username"
          spellCheck={false}
          value={email}
          onChange={setEmail}
          error={errors.email}
        />
        <Button disabled={submitting}>Send me a link</Button>
      </form>
    </>
  );
}
