import { Link } from 'react-router';
import { PERMISSIONS } from '@sentinel/shared';
import { MembershipReviewBanner } from '../modules/members/components/MembershipReviewBanner';
import { PanelOverview } from '../modules/panels/components/PanelOverview';
import { usePageTitle } from '../modules/app/usePageTitle';
import { holds, useViewer } from '../modules/app/viewer-context';

export function HomePage() {
  const { membership } = useViewer();
  usePageTitle(membership ? membership.panel.name : 'Home');
  if (!membership) {
    return (
      <>
        <h1 className="govuk-heading-l">You are not on a panel yet</h1>
        <p className="govuk-body">Ask a panel coordinator to add you to their panel.</p>
      </>
    );
  }
  return (
    <>
      {holds(membership, PERMISSIONS.MEMBER_MANAGE) && <MembershipReviewBanner panelId={membership.panelId} />}
      <span className="govuk-caption-l">{membership.panel.code}</span>
      <h1 className="govuk-heading-l">{membership.panel.name}</h1>
      <PanelOverview membership={membership} />
      {holds(membership, PERMISSIONS.THREAT_PICTURE_READ) && (
        <div className="app-next-meeting">
          <h2 className="govuk-heading-m">Threat picture</h2>
          <p className="govuk-body">Active groups, risers, emerging threats, disruptions and task rates, with the link chart and the map.</p>
          <Link className="govuk-link govuk-!-font-weight-bold" to="/threat-picture">
            Open the threat picture
          </Link>
        </div>
      )}
    </>
  );
}
