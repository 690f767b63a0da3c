import { useState, type FormEvent, type ReactNode } from 'react';
import { Button } from '../../../ui/Button';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { TextInput } from '../../../ui/TextInput';
import { NewPasswordFields } from '../../account/components/NewPasswordFields';
import { summaryItems, type FieldErrors } from '../../app/utils/form-errors';
import { validatePasswordChange, type PasswordChangeValues } from '../utils/validate-password-change';

const FIELDS = ['currentPassword', 'newPassword', 'confirmPassword'];
const EMPTY: PasswordChangeValues = { currentPassword: '', newPassword: '', confirmPassword: '' };

type Props = {
  onSubmit: (values: PasswordChangeValues) => Promise<boolean>;
  serverErrors?: FieldErrors;
  serverGeneral?: string[];
  submitting?: boolean;
  intro?: ReactNode;
};

export function ChangePasswordForm({ onSubmit, serverErrors, serverGeneral = [], submitting = false, intro }: Props) {
  const [values, setValues] = useState<PasswordChangeValues>(EMPTY);
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const useClient = Object.keys(clientErrors).length > 0;
  const errors = useClient ? clientErrors : (serverErrors ?? {});
  const general = useClient ? [] : serverGeneral;
  const set = (field: keyof PasswordChangeValues) => (value: string) => setValues((v) => ({ ...v, [field]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validatePasswordChange(values);
    setClientErrors(found);
    if (Object.keys(found).length > 0) return;
    // Passwords are cleared once they have been accepted, never kept longer than needed.
    if (await onSubmit(values)) setValues(EMPTY);
  };

  return (
    <>
      <ErrorSummary errors={summaryItems(errors, FIELDS, general)} />
      {intro}
      <form onSubmit={submit} noValidate>
        <TextInput
          id="currentPassword"
          label="Current password"
          type="password"
          autoComplete="current-password"
          value={values.currentPassword}
          onChange={set('currentPassword')}
          error={errors.currentPassword}
        />
        <NewPasswordFields values={values} onChange={(field, value) => set(field)(value)} errors={errors} />
        <Button disabled={submitting}>Change password</Button>
      </form>
    </>
  );
}
