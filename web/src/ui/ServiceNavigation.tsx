import { Link, matchPath, useLocation } from 'react-router';
import { cx } from './classes';

/** `activePrefix` marks the item active anywhere under that path, when it links to one page within it. */
export type NavigationItem = { to: string; text: string; end?: boolean; activePrefix?: string };

type Props = { items: NavigationItem[]; label?: string };

// Without govuk-frontend's script the list simply shows in full, so no collapse toggle is rendered.
export function ServiceNavigation({ items, label = 'Menu' }: Props) {
  const { pathname } = useLocation();
  if (items.length === 0) return null;
  return (
    <div className="govuk-service-navigation">
      <div className="govuk-width-container">
        <div className="govuk-service-navigation__container">
          <nav aria-label={label} className="govuk-service-navigation__wrapper">
            <ul className="govuk-service-navigation__list" id="navigation">
              {items.map((item) => {
                const exact = matchPath({ path: item.to, end: true }, pathname) !== null;
                const active =
                  exact ||
                  (!item.end && matchPath({ path: item.to, end: false }, pathname) !== null) ||
                  (item.activePrefix !== undefined && matchPath({ path: item.activePrefix, end: false }, pathname) !== null);
                return (
                  <li key={item.to} className={cx('govuk-service-navigation__item', active && 'govuk-service-navigation__item--active')}>
                    <Link className="govuk-service-navigation__link" to={item.to} aria-current={exact ? 'page' : active ? 'true' : undefined}>
                      {active ? <strong className="govuk-service-navigation__active-fallback">{item.text}</strong> : item.text}
                    </Link>
                  </li>
                );
              })}
            </ul>
          </nav>
        </div>
      </div>
    </div>
  );
}
