import { useState, type FormEvent } from 'react';
import { Button } from '../../../ui/Button';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { TextInput } from '../../../ui/TextInput';
import { summaryItems, type FieldErrors } from '../../app/utils/form-errors';
import { validateSignIn, type SignInValues } from '../utils/validate-sign-in';

const FIELDS = ['email', 'password'];

type Props = {
  onSubmit: (values: SignInValues) => Promise<void>;
  serverErrors?: FieldErrors;
  serverGeneral?: string[];
  submitting?: boolean;
};

export function SignInForm({ onSubmit, serverErrors, serverGeneral = [], submitting = false }: Props) {
  const [values, setValues] = useState<SignInValues>({ email: '', password: '' });
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const errors = Object.keys(clientErrors).length ? clientErrors : (serverErrors ?? {});
  const general = Object.keys(clientErrors).length ? [] : serverGeneral;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validateSignIn(values);
    setClientErrors(found);
    if (Object.keys(found).length === 0) await onSubmit({ email: values.email.trim(), password: values.password });
  };

  return (
    <>
      <ErrorSummary errors={summaryItems(errors, FIELDS, general)} />
      <h1 className="govuk-heading-l">Sign in to Sentinel</h1>
      <form onSubmit={submit} noValidate>
        <TextInput
          id="email"
          label="Email address"
          type="email"
          autoComplete="username"
          spellCheck={false}
          value={values.email}
          onChange={(email) => setValues((v) => ({ ...v, email }))}
          error={errors.email}
        />
        <TextInput
          id="password"
          label="Password"
          type="password"
          autoComplete="current-password"
          value={values.password}
          onChange={(password) => setValues((v) => ({ ...v, password }))}
          error={errors.password}
        />
        <Button disabled={submitting}>Sign in</Button>
      </form>
    </>
  );
}
