import type { ReactNode } from 'react';

type Props = { title: string; actions?: ReactNode; children: ReactNode; headingLevel?: 2 | 3 };

export function SummaryCard({ title, actions, children, headingLevel = 3 }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="govuk-summary-card">
      <div className="govuk-summary-card__title-wrapper">
        <Heading className="govuk-summary-card__title">{title}</Heading>
        {actions && <div className="govuk-summary-card__actions">{actions}</div>}
      </div>
      <div className="govuk-summary-card__content">{children}</div>
    </div>
  );
}
