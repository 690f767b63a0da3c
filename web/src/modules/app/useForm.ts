import { useState, type FormEvent } from 'react';
import type { FieldErrors } from './utils/form-errors';

type Options<T> = {
  initial: T;
  validate: (values: T) => FieldErrors;
  onSubmit: (values: T) => Promise<void>;
  serverErrors?: FieldErrors;
  serverGeneral?: string[];
};

// The values of one form and its errors: the client's own checks first, then what the server answered.
export function useForm<T extends Record<string, unknown>>({ initial, validate, onSubmit, serverErrors, serverGeneral = [] }: Options<T>) {
  const [values, setValues] = useState<T>(initial);
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const useClient = Object.keys(clientErrors).length > 0;
  const set =
    <K extends keyof T>(field: K) =>
    (value: T[K]) =>
      setValues((v) => ({ ...v, [field]: value }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validate(values);
    setClientErrors(found);
    if (Object.keys(found).length === 0) await onSubmit(values);
  };
  return {
    values,
    setValues,
    set,
    submit,
    /** For a change that makes the errors shown point at the wrong fields (a row added or removed). */
    clearErrors: () => setClientErrors({}),
    errors: useClient ? clientErrors : (serverErrors ?? {}),
    general: useClient ? [] : serverGeneral,
  };
}
