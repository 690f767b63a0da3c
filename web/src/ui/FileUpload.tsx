import { cx } from './classes';
import { ErrorMessage } from './ErrorMessage';

type Props = { id: string; label: string; accept?: string; hint?: string; error?: string; onChange: (file: File | null) => void };

export function FileUpload({ id, label, accept, hint, error, onChange }: Props) {
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
        className={cx('govuk-file-upload', error && 'govuk-file-upload--error')}
        id={id}
        name={id}
        type="file"
        accept={accept}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.target.files?.[0] ?? null)}
      />
    </div>
  );
}
