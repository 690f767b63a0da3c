import { useQuery } from '@apollo/client/react';
import { useLocation } from 'react-router';
import { PERMISSIONS } from '@sentinel/shared';
import { BackLink } from '../ui/BackLink';
import { Loading } from '../ui/Loading';
import { NotificationBanner } from '../ui/NotificationBanner';
import { Pagination } from '../ui/Pagination';
import { resultsText } from '../modules/app/components/SearchForm';
import { RequirePermission } from '../modules/app/components/RequirePermission';
import { LoadFailed } from '../modules/app/components/StatusContent';
import { usePageTitle } from '../modules/app/usePageTitle';
import { usePaging } from '../modules/app/usePaging';
import { holds, useViewer } from '../modules/app/viewer-context';
import { ReviewDecisionsTable } from '../modules/record-reviews/components/ReviewDecisionsTable';
import { ReviewQueueTable } from '../modules/record-reviews/components/ReviewQueueTable';
import { RecordReviewDueFieldsFragment } from '../modules/record-reviews/graphql/record-review-due-fields.fragment';
import { RecordReviewsDueQuery } from '../modules/record-reviews/graphql/record-reviews-due.query';
import { getFragmentData } from '../gql';
import { RecordReviewsQuery } from '../modules/record-reviews/graphql/record-reviews.query';

const RECENT = 10;

function Queue({ panelId }: { panelId: string }) {
  const paging = usePaging();
  const { data, error } = useQuery(RecordReviewsDueQuery, {
    variables: { panelId, limit: paging.limit, offset: paging.offset },
    fetchPolicy: 'cache-and-network',
  });
  if (error && !data) return <LoadFailed message={error.message} />;
  if (!data) return <Loading />;
  const page = data.recordReviewsDue;
  return (
    <>
      <p className="govuk-body" role="status">
        {page.totalCount === 0 ? 'Nothing is due for review.' : resultsText(paging.offset, page.nodes.length, page.totalCount, ['record', 'records'])}
      </p>
      {page.nodes.length > 0 && <ReviewQueueTable items={getFragmentData(RecordReviewDueFieldsFragment, page.nodes)} />}
      <Pagination page={paging.page} pageCount={paging.pageCount(page.totalCount)} hrefFor={paging.hrefFor} />
    </>
  );
}

function Decisions({ panelId }: { panelId: string }) {
  const { data, error } = useQuery(RecordReviewsQuery, { variables: { panelId, limit: RECENT, offset: 0 }, fetchPolicy: 'cache-and-network' });
  if (error && !data) return <LoadFailed message={error.message} />;
  if (!data) return <Loading />;
  const page = data.recordReviews;
  if (page.totalCount === 0) return <p className="govuk-body">No review has been decided yet.</p>;
  return (
    <>
      <p className="govuk-body">
        {page.totalCount > RECENT
          ? `The ${RECENT} most recent of ${page.totalCount} decisions.`
          : `${page.totalCount} ${page.totalCount === 1 ? 'decision' : 'decisions'}.`}{' '}
        A disposal’s row is the erasure record: it keeps the reference and the reason, never the person.
      </p>
      <ReviewDecisionsTable decisions={page.nodes} />
    </>
  );
}

export function RecordReviewsPage() {
  const { membership } = useViewer();
  const done = (useLocation().state as { done?: string } | null)?.done;
  usePageTitle('Review and retention');
  return (
    <RequirePermission permission={PERMISSIONS.RECORD_REVIEW}>
      <BackLink to="/">Back to the panel</BackLink>
      {done && <NotificationBanner success heading={done} />}
      <h1 className="govuk-heading-l">Review and retention</h1>
      <p className="govuk-body">
        Groups and nominals whose review date has come, under the Management of Police Information (MoPI) code.{' '}
        {holds(membership, PERMISSIONS.RECORD_REVIEW_ALL)
          ? 'As chair or coordinator you see every record of the panel that is due.'
          : 'You see the groups you lead and the nominals in them.'}{' '}
        Retain each with a reason and a new review date, archive it, or dispose of a nominal, which erases their personal data.
      </p>
      {membership && (
        <>
          <h2 className="govuk-heading-m">Due for review</h2>
          <Queue key={membership.panelId} panelId={membership.panelId} />
          <h2 className="govuk-heading-m">Decisions</h2>
          <Decisions key={`d-${membership.panelId}`} panelId={membership.panelId} />
        </>
      )}
    </RequirePermission>
  );
}
