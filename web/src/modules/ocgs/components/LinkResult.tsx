import { LoadFailed } from '../../app/components/StatusContent';

export function LinkResult({ done, failed }: { done: string | null; failed: string | null }) {
  if (failed) return <LoadFailed message={failed} />;
  if (!done) return null;
  return (
    <p className="govuk-body app-link-result" role="status">
      {done}
    </p>
  );
}

type Props = { label: string; disabled: boolean; onRemove: () => void };

export function RemoveButton({ label, disabled, onRemove }: Props) {
  return (
    <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0 app-button--small" disabled={disabled} onClick={onRemove}>
      Remove<span className="govuk-visually-hidden"> {label} from this group</span>
    </button>
  );
}
