import { Link } from 'react-router';
import type { RecordReviewDueFieldsFragment } from '../../../gql/graphql';
import { Table } from '../../../ui/Table';
import { formatDate } from '../../app/utils/dates';
import { kindLabel, recordPath } from './review-labels';

/** The records due for review, the longest overdue first, each with a link to decide on it. */
export function ReviewQueueTable({ items }: { items: RecordReviewDueFieldsFragment[] }) {
  return (
    <Table
      caption="Records due for review"
      rows={items}
      rowKey={(r) => r.id}
      columns={[
        {
          key: 'record',
          header: 'Record',
          cell: (r) => (
            <>
              <Link className="govuk-link" to={recordPath(r.kind, r.id)}>
                {r.reference}
              </Link>
              <br />
              <span className="govuk-body-s">{kindLabel(r.kind)}</span>
            </>
          ),
        },
        { key: 'name', header: 'Name', cell: (r) => r.name },
        { key: 'due', header: 'Review date', cell: (r) => formatDate(r.nextReviewOn) },
        { key: 'lead', header: 'Lead officer', cell: (r) => (r.leadOfficers.length ? r.leadOfficers.join(', ') : 'None') },
        {
          key: 'action',
          header: 'Action',
          cell: (r) => (
            <Link className="govuk-link" to={`/reviews/${r.id}`}>
              Review<span className="govuk-visually-hidden"> {r.reference}</span>
            </Link>
          ),
        },
      ]}
    />
  );
}
