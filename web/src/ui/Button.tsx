import type { MouseEventHandler, ReactNode } from 'react';
import { Link } from 'react-router';
import { cx } from './classes';

type Variant = 'primary' | 'secondary' | 'warning';

const variantClass: Record<Variant, string | undefined> = {
  primary: undefined,
  secondary: 'govuk-button--secondary',
  warning: 'govuk-button--warning',
};

type ButtonProps = {
  children: ReactNode;
  type?: 'submit' | 'button';
  variant?: Variant;
  disabled?: boolean;
  onClick?: MouseEventHandler<HTMLButtonElement>;
};

export function Button({ children, type = 'submit', variant = 'primary', disabled, onClick }: ButtonProps) {
  return (
    <button
      type={type}
      className={cx('govuk-button', variantClass[variant])}
      disabled={disabled}
      aria-disabled={disabled || undefined}
      onClick={onClick}
    >
      {children}
    </button>
  );
}

// A navigation, so it stays a link (no role="button"): it then works with Enter alone, as links do.
type ButtonLinkProps = { to: string; children: ReactNode; variant?: Variant };

export function ButtonLink({ to, children, variant = 'primary' }: ButtonLinkProps) {
  return (
    <Link to={to} draggable={false} className={cx('govuk-button', variantClass[variant])}>
      {children}
    </Link>
  );
}

export function ButtonGroup({ children }: { children: ReactNode }) {
  return <div className="govuk-button-group">{children}</div>;
}
