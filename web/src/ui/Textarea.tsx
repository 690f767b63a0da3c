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
  rows?: number;
  /** Shows a character count that warns past this many; the text is never cut (the form's check refuses it). */
  maxLength?: number;
  spellCheck?: boolean;
};

export function Textarea({ id, label, value, onChange, name, hint, error, rows = 5, maxLength, spellCheck }: Props) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const count = characterCount(id, value, maxLength);
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
      <textarea
        className={cx('govuk-textarea', error && 'govuk-textarea--error')}
        id={id}
        name={name ?? id}
        rows={rows}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={describedBy}
        spellCheck={spellCheck}
      />
      {count.element}
    </div>
  );
}
