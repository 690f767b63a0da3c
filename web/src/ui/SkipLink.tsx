import type { MouseEvent } from 'react';

type Props = { targetId?: string };

// The target is focused by hand: a hash change alone does not move focus inside a single-page app.
export function SkipLink({ targetId = 'main-content' }: Props) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    const target = document.getElementById(targetId);
    if (!target) return;
    event.preventDefault();
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus();
  };
  return (
    <a href={`#${targetId}`} className="govuk-skip-link" onClick={onClick}>
      Skip to main content
    </a>
  );
}
