import type { ReactNode } from 'react';
import { cx } from './classes';
import { ErrorMessage } from './ErrorMessage';

type Props = {
  id: string;
  legend: string;
  hint?: string;
  error?: string;
  legendSize?: 's' | 'm' | 'l';
  children: ReactNode;
};

// The form group, fieldset, legend, hint and error message shared by radios, checkboxes and date fields.
export function Fieldset({ id, legend, hint, error, legendSize = 's', children }: Props) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={cx('govuk-form-group', error && 'govuk-form-group--error')}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy}>
        <legend className={`govuk-fieldset__legend govuk-fieldset__legend--${legendSize}`}>{legend}</legend>
        {hint && (
          <div id={hintId} className="govuk-hint">
            {hint}
          </div>
        )}
        {error && errorId && <ErrorMessage id={errorId}>{error}</ErrorMessage>}
        {children}
      </fieldset>
    </div>
  );
}
