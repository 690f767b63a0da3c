import { cx } from './classes';

/**
 * GOV.UK's character count, rendered by React: it warns as the limit nears and says by how much it is passed,
 * but never cuts what was typed or pasted (an HTML maxlength would, silently). The form's own check then
 * refuses the text at the field. With `threshold` (a share of the limit), it appears only once the text is that
 * long, as GOV.UK's option does: single-line fields rarely come near their limit.
 */
export function characterCount(id: string, value: string, max: number | undefined, threshold = 0) {
  if (!max || value.length < max * threshold) return { describedBy: undefined, element: null };
  const left = max - value.length;
  const n = Math.abs(left).toLocaleString('en-GB');
  const s = Math.abs(left) === 1 ? '' : 's';
  const message = left >= 0 ? `You have ${n} character${s} remaining` : `You have ${n} character${s} too many`;
  const element = (
    <div id={`${id}-info`} className={cx('govuk-character-count__message', left < 0 ? 'govuk-error-message' : 'govuk-hint')}>
      {message}
    </div>
  );
  return { describedBy: `${id}-info`, element };
}
