import { cx } from './classes';
import { ErrorMessage } from './ErrorMessage';

export type SelectOption = { value: string; label: string };

type Props = {
  id: string;
  label: string;
  value: string;
  options: SelectOption[];
  onChange: (value: string) => void;
  name?: string;
  hint?: string;
  error?: string;
};

export function Select({ id, label, value, options, onChange, name, hint, error }: Props) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={cx('govuk-form-group', error && 'govuk-form-group--error')}>
      <label className="govuk-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div id={hintId} className="govuk-hint">
          {hint}
        </div>
      )}
      {error && errorId && <ErrorMessage id={errorId}>{error}</ErrorMessage>}
      <select
        className={cx('govuk-select', error && 'govuk-select--error')}
        id={id}
        name={name ?? id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={describedBy}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
