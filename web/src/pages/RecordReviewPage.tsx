import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { londonToday, PERMISSIONS } from '@sentinel/shared';
import { BackLink } from '../ui/BackLink';
import { Loading } from '../ui/Loading';
import { SummaryList } from '../ui/SummaryList';
import { RequirePermission } from '../modules/app/components/RequirePermission';
import { LoadFailed } from '../modules/app/components/StatusContent';
import { usePageTitle } from '../modules/app/usePageTitle';
import { formatDate, formatDateTime } from '../modules/app/utils/dates';
import { useViewer } from '../modules/app/viewer-context';
import { ReviewDecisionForm } from '../modules/record-reviews/components/ReviewDecisionForm';
import { kindLabel, recordPath } from '../modules/record-reviews/components/review-labels';
import { RecordReviewDueFieldsFragment } from '../modules/record-reviews/graphql/record-review-due-fields.fragment';
import { RecordReviewDueQuery } from '../modules/record-reviews/graphql/record-review-due.query';
import { getFragmentData } from '../gql';

function Review({ panelId, id }: { panelId: string; id: string }) {
  const { data, error } = useQuery(RecordReviewDueQuery, { variables: { panelId, id }, fetchPolicy: 'network-only' });
  if (error && !data) return <LoadFailed message={error.message} />;
  if (!data) return <Loading />;
  const item = data.recordReviewDue ? getFragmentData(RecordReviewDueFieldsFragment, data.recordReviewDue) : null;
  if (!item) {
    return (
      <>
        <h1 className="govuk-heading-l">Nothing to review here</h1>
        <p className="govuk-body">
          This record is not due for review, has been decided already, or is not one you review.{' '}
          <Link className="govuk-link" to="/reviews">
            Back to the review queue
          </Link>
        </p>
      </>
    );
  }
  return (
    <>
      <span className="govuk-caption-l">
        {kindLabel(item.kind)} {item.reference}
      </span>
      <h1 className="govuk-heading-l">Review {item.name}</h1>
      <SummaryList
        rows={[
          { key: 'Review date', value: formatDate(item.nextReviewOn) },
          { key: 'First recorded', value: formatDateTime(item.createdAt) },
          { key: 'Lead officer', value: item.leadOfficers.length ? item.leadOfficers.join(', ') : 'None' },
          {
            key: 'Record',
            value: (
              <Link className="govuk-link" to={recordPath(item.kind, item.id)}>
                Read {item.reference} before deciding
              </Link>
            ),
          },
        ]}
      />
      <ReviewDecisionForm item={item} today={londonToday()} />
    </>
  );
}

export function RecordReviewPage() {
  const { id = '' } = useParams();
  const { membership } = useViewer();
  usePageTitle('Review a record');
  return (
    <RequirePermission permission={PERMISSIONS.RECORD_REVIEW}>
      <BackLink to="/reviews">Back to the review queue</BackLink>
      {membership && <Review key={`${membership.panelId}-${id}`} panelId={membership.panelId} id={id} />}
    </RequirePermission>
  );
}
