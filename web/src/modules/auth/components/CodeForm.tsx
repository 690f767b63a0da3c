import { useState, type FormEvent, type ReactNode } from 'react';
import { Button } from '../../../ui/Button';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { TextInput } from '../../../ui/TextInput';
import { summaryItems, type FieldErrors } from '../../app/utils/form-errors';

export type CodeKind = 'code' | 'recoveryCode';

const SIX_DIGITS = /^\d{3}\s?\d{3}$/;
const RECOVERY = /^[A-Za-z0-9]{5}[\s-]?[A-Za-z0-9]{5}$/;

type Props = {
  kind: CodeKind;
  /** The page's heading and what it says before the field. */
  intro: ReactNode;
  submitText: string;
  onSubmit: (value: string) => Promise<boolean>;
  serverErrors?: FieldErrors;
  serverGeneral?: string[];
  submitting?: boolean;
  children?: ReactNode;
};

/** One field for a 6-digit code from the authenticator app, or for a recovery code, with GOV.UK error handling. */
export function CodeForm({ kind, intro, submitText, onSubmit, serverErrors, serverGeneral = [], submitting, children }: Props) {
  const [value, setValue] = useState('');
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const useClient = Object.keys(clientErrors).length > 0;
  const errors = useClient ? clientErrors : (serverErrors ?? {});
  const general = useClient ? [] : serverGeneral;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const text = value.trim();
    const found: FieldErrors = {};
    if (kind === 'code' && !text) found.code = 'Enter the 6-digit code from your authenticator app';
    else if (kind === 'code' && !SIX_DIGITS.test(text)) found.code = 'Enter the code as 6 digits, like 123456';
    else if (kind === 'recoveryCode' && !text) found.recoveryCode = 'Enter a recovery code';
    else if (kind === 'recoveryCode' && !RECOVERY.test(text)) found.recoveryCode = 'Enter a recovery code as it was shown, like ABCDE-FGHJK';
    setClientErrors(found);
    if (Object.keys(found).length > 0) return;
    if (await onSubmit(text)) setValue('');
  };

  return (
    <>
      <ErrorSummary errors={summaryItems(errors, [kind], general)} />
      {intro}
      <form onSubmit={submit} noValidate>
        {kind === 'code' ? (
          <TextInput
            id="code"
            label="Code"
            hint="The 6-digit code your authenticator app shows for Sentinel"
            value={value}
            onChange={setValue}
            error={errors.code}
            autoComplete="one-time-code"
            inputMode="numeric"
            spellCheck={false}
            widthClass="govuk-input--width-5"
          />
        ) : (
          <TextInput
            id="recoveryCode"
            label="Recovery code"
            hint="One of the codes you kept when you set up your app, like ABCDE-FGHJK"
            value={value}
            onChange={setValue}
            error={errors.recoveryCode}
            autoComplete="off"
            spellCheck={false}
            widthClass="govuk-input--width-10"
          />
        )}
        <Button disabled={submitting}>{submitText}</Button>
      </form>
      {children}
    </>
  );
}
