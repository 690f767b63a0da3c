import { useEffect, useRef } from 'react';
import { ConfirmStep } from '../../../ui/ConfirmStep';
import { LoadFailed } from '../../app/components/StatusContent';
import type { useUnlink } from './useUnlink';

export function LinkResult({ done, failed }: { done: string | null; failed: string | null }) {
  const ref = useRef<HTMLParagraphElement>(null);
  // The row that held the focus has gone: the keyboard continues from the result.
  useEffect(() => {
    if (done) ref.current?.focus();
  }, [done]);
  if (failed) return <LoadFailed message={failed} />;
  if (!done) return null;
  return (
    <p className="govuk-body app-link-result" role="status" tabIndex={-1} ref={ref}>
      {done}
    </p>
  );
}

type Props = { id: string; label: string; disabled: boolean; onRemove: () => void };

export function RemoveButton({ id, label, disabled, onRemove }: Props) {
  return (
    <button
      type="button"
      id={id}
      className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0 app-button--small"
      disabled={disabled}
      onClick={onRemove}
    >
      Remove<span className="govuk-visually-hidden"> {label} from this group</span>
    </button>
  );
}

type Unlink = ReturnType<typeof useUnlink>;

// The result of the last removal, or the question before the next one.
export function UnlinkStatus({ unlink, kind }: { unlink: Unlink; kind: 'vehicle' | 'place' }) {
  const { pending } = unlink;
  return (
    <>
      <LinkResult done={unlink.done} failed={unlink.failed} />
      {pending && (
        <ConfirmStep
          key={pending.id}
          level={3}
          title={`Are you sure you want to remove ${pending.label} from this group?`}
          confirmText="Yes, remove it"
          busy={unlink.busy}
          onConfirm={() => void unlink.confirm()}
          onCancel={unlink.cancel}
        >
          <p className="govuk-body">{`The ${kind} stays on record and in any other groups it is linked to.`}</p>
        </ConfirmStep>
      )}
    </>
  );
}
