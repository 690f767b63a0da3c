import type { ReactNode } from 'react';

type Props = { title: string; children?: ReactNode; headingLevel?: 1 | 2 };

export function Panel({ title, children, headingLevel = 1 }: Props) {
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  return (
    <div className="govuk-panel govuk-panel--confirmation">
      <Heading className="govuk-panel__title">{title}</Heading>
      {children && <div className="govuk-panel__body">{children}</div>}
    </div>
  );
}
