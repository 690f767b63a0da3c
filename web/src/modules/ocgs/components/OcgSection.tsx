import type { ReactNode } from 'react';
import { ButtonLink } from '../../../ui/Button';

type Props = { id: string; title: string; action?: { to: string; text: string } | false; children: ReactNode };

// One part of the group's page: a heading the contents list links to, and its main action.
export function OcgSection({ id, title, action, children }: Props) {
  return (
    <section className="app-section" aria-labelledby={id}>
      <h2 className="govuk-heading-m" id={id}>
        {title}
      </h2>
      {children}
      {action && (
        <ButtonLink to={action.to} variant="secondary">
          {action.text}
        </ButtonLink>
      )}
    </section>
  );
}
