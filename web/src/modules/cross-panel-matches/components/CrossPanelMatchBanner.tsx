import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { NotificationBanner } from '../../../ui/NotificationBanner';
import { CrossPanelHitsQuery } from '../graphql/cross-panel-hits.query';

/** On the home page of the panel's chairs and coordinators, while another panel's hit waits for this panel's answer. */
export function CrossPanelMatchBanner({ panelId }: { panelId: string }) {
  const { data } = useQuery(CrossPanelHitsQuery, { variables: { panelId }, fetchPolicy: 'cache-and-network' });
  const n = data?.crossPanelMatches.awaitingDecision ?? 0;
  if (n === 0) return null;
  return (
    <NotificationBanner heading={`${n === 1 ? 'Another panel holds a record' : `Other panels hold ${n} records`} that this panel holds too`}>
      <p className="govuk-body">
        Only the other panel and whom to call there are shown. Details pass when both chairs agree.{' '}
        <Link className="govuk-notification-banner__link" to="/matches">
          See matches with other panels
        </Link>
      </p>
    </NotificationBanner>
  );
}
