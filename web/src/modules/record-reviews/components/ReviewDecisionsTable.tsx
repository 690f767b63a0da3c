import type { RecordReviewsQuery } from '../../../gql/graphql';
import { Table } from '../../../ui/Table';
import { Tag } from '../../../ui/Tag';
import { formatDate, formatDateTime } from '../../app/utils/dates';
import { decisionLabel, DECISION_COLOURS, kindLabel } from './review-labels';

type Decision = RecordReviewsQuery['recordReviews']['nodes'][number];

/** The panel's review decisions, newest first: a disposal's row is all that is left of the record. */
export function ReviewDecisionsTable({ decisions }: { decisions: Decision[] }) {
  return (
    <Table
      caption="Review decisions"
      rows={decisions}
      rowKey={(d) => d.id}
      columns={[
        { key: 'record', header: 'Record', cell: (d) => `${d.reference} (${kindLabel(d.subjectKind).toLowerCase()})` },
        {
          key: 'decision',
          header: 'Decision',
          cell: (d) => <Tag colour={DECISION_COLOURS[d.decision]}>{decisionLabel(d.decision)}</Tag>,
        },
        {
          key: 'reason',
          header: 'Reason',
          cell: (d) => (
            <>
              {d.rationale}
              {d.nextReviewOn && <span className="govuk-body-s app-block">Next review {formatDate(d.nextReviewOn)}</span>}
              {d.erasedCount > 0 && (
                <span className="govuk-body-s app-block">
                  {d.erasedCount} {d.erasedCount === 1 ? 'record' : 'records'} erased
                </span>
              )}
            </>
          ),
        },
        { key: 'by', header: 'Decided', cell: (d) => `${formatDateTime(d.decidedAt)}${d.decidedBy ? ` by ${d.decidedBy}` : ''}` },
      ]}
    />
  );
}
