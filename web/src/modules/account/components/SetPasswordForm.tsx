import { useState, type FormEvent, type ReactNode } from 'react';
import { Button } from '../../../ui/Button';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { summaryItems, type FieldErrors } from '../../app/utils/form-errors';
import { NewPasswordFields } from './NewPasswordFields';
import { validateNewPassword, type NewPasswordValues } from '../utils/validate-new-password';

const FIELDS = ['newPassword', 'confirmPassword'];
const EMPTY: NewPasswordValues = { newPassword: '', confirmPassword: '' };

type Props = {
  heading: string;
  intro?: ReactNode;
  submitLabel: string;
  onSubmit: (values: NewPasswordValues) => Promise<void>;
  serverErrors?: FieldErrors;
  serverGeneral?: string[];
  submitting?: boolean;
};

/** A new password, typed twice: for a link from an invitation or a reset mail. */
export function SetPasswordForm({ heading, intro, submitLabel, onSubmit, serverErrors, serverGeneral = [], submitting = false }: Props) {
  const [values, setValues] = useState<NewPasswordValues>(EMPTY);
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const useClient = Object.keys(clientErrors).length > 0;
  const errors = useClient ? clientErrors : (serverErrors ?? {});
  const general = useClient ? [] : serverGeneral;
  const set = (field: keyof NewPasswordValues) => (value: string) => setValues((v) => ({ ...v, [field]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validateNewPassword(values);
    setClientErrors(found);
    if (Object.keys(found).length === 0) await onSubmit(values);
  };

  return (
    <>
      <ErrorSummary errors={summaryItems(errors, FIELDS, general)} />
      <h1 className="govuk-heading-l">{heading}</h1>
      {intro}
      <form onSubmit={submit} noValidate>
        <NewPasswordFields values={values} onChange={(field, value) => set(field)(value)} errors={errors} />
        <Button disabled={submitting}>{submitLabel}</Button>
      </form>
    </>
  );
}
