import { SCORE_PARTS, SCORE_PART_LABELS, maxTotal } from '@sentinel/shared';
import { SummaryList } from '../../../ui/SummaryList';
import { formatDateTime } from '../../app/utils/dates';
import { CONFIDENCE_LABELS } from '../../records/utils/labels';
import { ScoreHistoryTable, ScoreSparkline, type ScoreEntry } from './ScoreHistory';

export function ThreatScore({ history }: { history: readonly ScoreEntry[] }) {
  const latest = history[0];
  if (!latest) return <p className="govuk-body">This group has not been scored yet.</p>;
  return (
    <>
      <p className="govuk-body-l govuk-!-margin-bottom-2">
        <strong>{latest.tier}</strong>, total {latest.total} out of {maxTotal(latest.scaleMax)}
      </p>
      <p className="govuk-body govuk-hint">
        Scored {formatDateTime(latest.scoredAt)}, confidence {CONFIDENCE_LABELS[latest.confidence].toLowerCase()}
      </p>
      <SummaryList
        rows={[
          ...SCORE_PARTS.map((part) => ({ key: SCORE_PART_LABELS[part], value: `${latest[part]} out of ${latest.scaleMax}` })),
          ...(latest.rationale ? [{ key: 'Rationale', value: <span className="app-pre-wrap">{latest.rationale}</span> }] : []),
        ]}
      />
      <ScoreSparkline history={history} />
      <ScoreHistoryTable history={history} />
    </>
  );
}
