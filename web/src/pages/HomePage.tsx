import { Link } from 'react-router';
import { PERMISSIONS } from '@sentinel/shared';
import { CrossPanelMatchBanner } from '../modules/cross-panel-matches/components/CrossPanelMatchBanner';
import { RecordReviewBanner } from '../modules/record-reviews/components/RecordReviewBanner';
import { MembershipReviewBanner } from '../modules/members/components/MembershipReviewBanner';
import { PanelOverview } from '../modules/panels/components/PanelOverview';
import { usePageTitle } from '../modules/app/usePageTitle';
import { holds, useViewer } from '../modules/app/viewer-context';
import { regionKindLabel } from '../modules/regions/utils/labels';

/** The regional and national units the person works in, with a link to each one's figures. */
function YourRegions() {
  const { viewer } = useViewer();
  if (!viewer.regions.length) return null;
  return (
    <>
      <h2 className="govuk-heading-m">Your regions</h2>
      <ul className="govuk-list">
        {viewer.regions.map((r) => (
          <li key={r.regionId}>
            <Link className="govuk-link govuk-!-font-weight-bold" to={`/regions/${r.regionId}`}>
              {r.name}
            </Link>{' '}
            <span className="govuk-body-s">({regionKindLabel(r.kind)}: figures across its panels)</span>
          </li>
        ))}
      </ul>
    </>
  );
}

export function HomePage() {
  const { membership, viewer } = useViewer();
  usePageTitle(membership ? membership.panel.name : 'Home');
  if (!membership) {
    if (viewer.regions.length) {
      return (
        <>
          <h1 className="govuk-heading-l">Regional figures</h1>
          <p className="govuk-body">You read the figures of the panels your units cover, in aggregate. You hold no role on a panel.</p>
          <YourRegions />
        </>
      );
    }
    return (
      <>
        <h1 className="govuk-heading-l">You are not on a panel yet</h1>
        <p className="govuk-body">Ask a panel coordinator to add you to their panel.</p>
      </>
    );
  }
  return (
    <>
      <YourRegions />
      {holds(membership, PERMISSIONS.MEMBER_MANAGE) && <MembershipReviewBanner panelId={membership.panelId} />}
      {holds(membership, PERMISSIONS.CROSS_PANEL_MATCH_READ) && <CrossPanelMatchBanner panelId={membership.panelId} />}
      {holds(membership, PERMISSIONS.RECORD_REVIEW) && <RecordReviewBanner panelId={membership.panelId} />}
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
