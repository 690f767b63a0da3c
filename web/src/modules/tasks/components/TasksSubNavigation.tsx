import { Link, useLocation } from 'react-router';
import { PERMISSIONS } from '@sentinel/shared';
import { useCan } from '../../app/viewer-context';

// MOJ sub navigation between the task views; the printable log is offered from the board itself.
export function TasksSubNavigation() {
  const { pathname } = useLocation();
  const readAll = useCan(PERMISSIONS.TASK_READ_ALL);
  const items = [...(readAll ? [{ to: '/tasks/board', text: 'Panel task board' }] : []), { to: '/tasks/mine', text: "My agency's tasks" }];
  return (
    <nav className="moj-sub-navigation app-no-print" aria-label="Task views">
      <ul className="moj-sub-navigation__list">
        {items.map((item) => (
          <li className="moj-sub-navigation__item" key={item.to}>
            <Link className="moj-sub-navigation__link" to={item.to} aria-current={pathname === item.to ? 'page' : undefined}>
              {item.text}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
