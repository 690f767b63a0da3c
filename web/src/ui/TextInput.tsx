import type { InputHTMLAttributes, KeyboardEvent } from 'react';
import { cx } from './classes';
import { characterCount } from './characterCount';
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
  /** Shows a character count (from three-quarters of this) that warns past it; the text is never cut (the form's check refuses it). */
  maxLength?: number;
  onKeyDown?: (event: KeyboardEvent<HTMLInputElement>) => void;
};

export function TextInput(props: Props) {
  const { id, label, value, onChange, hint, error, type = 'text', widthClass } = props;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const count = characterCount(id, value, props.maxLength, 0.75);
  const describedBy = [hintId, errorId, count.describedBy].filter(Boolean).join(' ') || undefined;
  return (
    <div className={cx('govuk-form-group', count.element && 'govuk-character-count', error && 'govuk-form-group--error')}>
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
        onKeyDown={props.onKeyDown}
      />
      {count.element}
    </div>
  );
}
