import { cx } from '../../../ui/classes';
import { KIND_LABELS, type LinkNode } from '../utils/link-graph';

type Props = { node: LinkNode; name: string; onOpen: () => void };

/**
 * A node is a real button: reached by Tab, opened by Enter, Space or a click, and named in full for a screen
 * reader. A shared record is marked twice: a thick border and the words "Shared".
 */
export function LinkNodeButton({ node, name, onOpen }: Props) {
  return (
    <button
      type="button"
      className={cx('app-link-node', `app-link-node--${node.kind.toLowerCase()}`, node.shared && 'app-link-node--shared', 'nodrag', 'nopan')}
      aria-label={name}
      onClick={onOpen}
    >
      <span className="app-link-node__kind" aria-hidden="true">
        {KIND_LABELS[node.kind]}
      </span>{' '}
      <span aria-hidden="true">{node.label}</span>{' '}
      {node.shared && (
        <span className="app-link-node__marker" aria-hidden="true">
          Shared
        </span>
      )}
    </button>
  );
}
