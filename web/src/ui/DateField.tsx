import { TextInput } from './TextInput';

type Props = {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string;
};

// A single text field in ISO form: what the API takes, and unambiguous to type by keyboard.
export function DateField({ id, label, value, onChange, hint, error }: Props) {
  return (
    <TextInput
      id={id}
      label={label}
      value={value}
      onChange={onChange}
      hint={hint ?? 'Year, month and day, for example 2026-03-31'}
      error={error}
      widthClass="govuk-input--width-10"
      inputMode="numeric"
      spellCheck={false}
    />
  );
}

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
