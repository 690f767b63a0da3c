import type { ImportProgress } from '../utils/import-upload';

/**
 * How far an upload has got, said as it happens: the share of the file sent (a progress bar, and its words for
 * screen readers), then what the server is doing with it. Nothing while no upload is under way.
 */
export function ImportProgressStatus({ progress, reading }: { progress: ImportProgress | null; reading: string }) {
  const percent = progress?.phase === 'sending' ? Math.round(progress.sent * 100) : null;
  return (
    <div role="status" className="govuk-!-margin-bottom-6">
      {progress?.phase === 'sending' && (
        <>
          <label className="govuk-label" htmlFor="import-progress">{`Sending the file: ${percent}%`}</label>
          <progress id="import-progress" className="app-progress" max={100} value={percent ?? 0} />
        </>
      )}
      {progress?.phase === 'reading' && <p className="govuk-body">{`${reading}…`}</p>}
    </div>
  );
}
