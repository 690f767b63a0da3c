import type { ReactNode } from 'react';
import { Link } from 'react-router';

export type SummaryRow = {
  key: string;
  value: ReactNode;
  action?: { to: string; text: string; visuallyHiddenText: string };
};

export function SummaryList({ rows }: { rows: SummaryRow[] }) {
  const anyActions = rows.some((row) => row.action);
  return (
    <dl className="govuk-summary-list">
      {rows.map((row) => (
        <div key={row.key} className={`govuk-summary-list__row${anyActions && !row.action ? ' govuk-summary-list__row--no-actions' : ''}`}>
          <dt className="govuk-summary-list__key">{row.key}</dt>
          <dd className="govuk-summary-list__value">{row.value}</dd>
          {row.action && (
            <dd className="govuk-summary-list__actions">
              <Link className="govuk-link" to={row.action.to}>
                {row.action.text}
                <span className="govuk-visually-hidden"> {row.action.visuallyHiddenText}</span>
              </Link>
            </dd>
          )}
        </div>
      ))}
    </dl>
  );
}
