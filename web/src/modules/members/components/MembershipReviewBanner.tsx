import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { NotificationBanner } from '../../../ui/NotificationBanner';
import { formatDateTime } from '../../app/utils/dates';
import { MembershipReviewQuery } from '../graphql/membership-review.query';

/** On the home page of those who manage the panel's members, while a review has members still to confirm. */
export function MembershipReviewBanner({ panelId }: { panelId: string }) {
  const { data } = useQuery(MembershipReviewQuery, { variables: { panelId }, fetchPolicy: 'cache-and-network' });
  const review = data?.membershipReview;
  if (!review || review.awaitingCount === 0) return null;
  const n = review.awaitingCount;
  return (
    <NotificationBanner heading={`Confirm who still needs access by ${formatDateTime(review.closesAt)}`}>
      <p className="govuk-body">
        {n} {n === 1 ? 'member has' : 'members have'} not been confirmed in this six-monthly review. Anyone not confirmed by then will be disabled.{' '}
        <Link className="govuk-notification-banner__link" to="/members/review">
          Review members
        </Link>
      </p>
    </NotificationBanner>
  );
}
