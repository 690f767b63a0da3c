import { WarningText } from '../../../ui/WarningText';
import { minutesText } from '../utils/agenda-item-form';
import { useElapsedSeconds } from './useMeetingLive';

function clock(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return `${m}:${String(s).padStart(2, '0')}`;
}

// Elapsed against allocated. role="timer" is not announced on every tick; the warning appears once it runs over.
export function ItemTimer({ startedAt, minutesAllocated }: { startedAt: string | null | undefined; minutesAllocated: number }) {
  const elapsed = useElapsedSeconds(startedAt);
  if (!startedAt) return null;
  const overBy = Math.floor((elapsed - minutesAllocated * 60) / 60);
  return (
    <>
      <p className="govuk-body app-timer">
        <span role="timer" aria-label="Time on this item">
          {clock(elapsed)}
        </span>{' '}
        of {minutesText(minutesAllocated)} allocated
      </p>
      {elapsed > minutesAllocated * 60 && <WarningText>{`This item has run ${minutesText(Math.max(1, overBy))} over its time.`}</WarningText>}
    </>
  );
}
