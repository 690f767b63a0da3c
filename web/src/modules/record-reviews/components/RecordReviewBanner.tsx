import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { NotificationBanner } from '../../../ui/NotificationBanner';
import { RecordReviewsDueCountQuery } from '../graphql/record-reviews-due.query';

/** On the home page of the chair, the coordinator and the lead officers, while records they review are due. */
export function RecordReviewBanner({ panelId }: { panelId: string }) {
  const { data } = useQuery(RecordReviewsDueCountQuery, { variables: { panelId }, fetchPolicy: 'cache-and-network' });
  const n = data?.recordReviewsDue.totalCount ?? 0;
  if (n === 0) return null;
  return (
    <NotificationBanner heading={n === 1 ? 'A record is due for review' : `${n} records are due for review`}>
      <p className="govuk-body">
        Retain each with a reason and a new date, archive it or, for a nominal, dispose of it.{' '}
        <Link className="govuk-notification-banner__link" to="/reviews">
          Open the review queue
        </Link>
      </p>
    </NotificationBanner>
  );
}
