import type { ReactNode } from 'react';
import { Link } from 'react-router';

type Props = {
  serviceName: string;
  homeHref: string;
  contextLabel?: string;
  actions?: ReactNode;
};

// MOJ Frontend's header (the GOV.UK crown is reserved for GOV.UK itself), rendered as a div: the page's
// single banner landmark is the <header> around it and the marking.
export function Header({ serviceName, homeHref, contextLabel, actions }: Props) {
  return (
    <div className="moj-header">
      <div className="moj-header__container">
        <div className="moj-header__logo">
          <Link className="moj-header__link moj-header__link--organisation-name" to={homeHref}>
            {serviceName}
          </Link>
          {contextLabel && <span className="moj-header__link moj-header__link--service-name">{contextLabel}</span>}
        </div>
        {actions && (
          <div className="moj-header__content">
            <nav className="moj-header__navigation" aria-label="Account">
              <ul className="moj-header__navigation-list">{actions}</ul>
            </nav>
          </div>
        )}
      </div>
    </div>
  );
}

export function HeaderItem({ children }: { children: ReactNode }) {
  return <li className="moj-header__navigation-item">{children}</li>;
}
