import { cx } from './classes';

export type TagColour = 'grey' | 'green' | 'turquoise' | 'blue' | 'light-blue' | 'purple' | 'pink' | 'red' | 'orange' | 'yellow';

type Props = { children: string; colour?: TagColour; className?: string };

export function Tag({ children, colour, className }: Props) {
  return <strong className={cx('govuk-tag', colour && `govuk-tag--${colour}`, className)}>{children}</strong>;
}
