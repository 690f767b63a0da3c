import { useEffect, useRef, type MouseEvent } from 'react';

export type ErrorSummaryItem = { message: string; fieldId?: string };

const TITLE_PREFIX = 'Error: ';

type Props = { errors: ErrorSummaryItem[]; title?: string };

// Focus moves to the summary whenever a new set of errors arrives, as the GOV.UK pattern requires.
export function ErrorSummary({ errors, title = 'There is a problem' }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const key = errors.map((e) => `${e.fieldId ?? ''}:${e.message}`).join('|');

  useEffect(() => {
    if (key) ref.current?.focus();
  }, [key]);

  // GOV.UK prefixes the title so that the problem is announced before anything else on the page.
  useEffect(() => {
    if (!key) return undefined;
    if (!document.title.startsWith(TITLE_PREFIX)) document.title = `${TITLE_PREFIX}${document.title}`;
    return () => {
      if (document.title.startsWith(TITLE_PREFIX)) document.title = document.title.slice(TITLE_PREFIX.length);
    };
  }, [key]);

  if (errors.length === 0) return null;

  const onLinkClick = (event: MouseEvent<HTMLAnchorElement>, fieldId: string) => {
    const field = document.getElementById(fieldId);
    if (!field) return;
    event.preventDefault();
    field.focus();
    // Bring the field's label or legend into view too, not only the input itself.
    const context = field.closest('fieldset') ?? field.closest('.govuk-form-group') ?? field;
    context.scrollIntoView?.();
  };

  return (
    <div className="govuk-error-summary" ref={ref} tabIndex={-1}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">{title}</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {errors.map((error) => (
              <li key={`${error.fieldId ?? ''}:${error.message}`}>
                {error.fieldId ? (
                  <a href={`#${error.fieldId}`} onClick={(e) => onLinkClick(e, error.fieldId as string)}>
                    {error.message}
                  </a>
                ) : (
                  error.message
                )}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
