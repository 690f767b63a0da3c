import type { InputHTMLAttributes, KeyboardEvent } from 'react';
import { cx } from './classes';
import { ErrorMessage } from './ErrorMessage';

type Props = {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  name?: string;
  hint?: string;
  error?: string;
  type?: 'text' | 'email' | 'password' | 'search' | 'date';
  autoComplete?: string;
  widthClass?: string;
  labelIsPageHeading?: boolean;
  inputMode?: InputHTMLAttributes<HTMLInputElement>['inputMode'];
  spellCheck?: boolean;
  maxLength?: number;
  onKeyDown?: (event: KeyboardEvent<HTMLInputElement>) => void;
};

export function TextInput(props: Props) {
  const { id, label, value, onChange, hint, error, type = 'text', widthClass } = props;
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
      <input
        className={cx('govuk-input', widthClass, error && 'govuk-input--error')}
        id={id}
        name={props.name ?? id}
        type={type}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={describedBy}
        autoComplete={props.autoComplete}
        inputMode={props.inputMode}
        spellCheck={props.spellCheck}
        maxLength={props.maxLength}
        onKeyDown={props.onKeyDown}
      />
    </div>
  );
}
