import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { PERMISSIONS } from '@sentinel/shared';
import { Loading } from '../../../ui/Loading';
import { SummaryList } from '../../../ui/SummaryList';
import { holds, useViewer, type Membership } from '../../app/viewer-context';
import { roleLabel } from '../../members/utils/labels';
import { PanelOverviewQuery } from '../graphql/panel-overview.query';

export function PanelOverview({ membership }: { membership: Membership }) {
  const { viewer } = useViewer();
  const canRead = holds(membership, PERMISSIONS.AGENCY_READ) && holds(membership, PERMISSIONS.MEMBER_READ);
  const { data, loading } = useQuery(PanelOverviewQuery, {
    variables: { panelId: membership.panelId },
    skip: !canRead,
  });
  return (
    <>
      <SummaryList
        rows={[
          { key: 'Force', value: membership.panel.forceName },
          { key: 'Your role', value: membership.role ? roleLabel(membership.role) : 'System administrator' },
          { key: 'Your agency', value: viewer.agency?.name ?? 'None recorded' },
        ]}
      />
      {canRead && (
        <>
          <h2 className="govuk-heading-m">On this panel</h2>
          {loading && !data ? (
            <Loading />
          ) : data ? (
            <ul className="govuk-list">
              <li>
                <Link className="govuk-link" to="/agencies">
                  {data.agencies.totalCount === 1 ? '1 agency' : `${data.agencies.totalCount} agencies`}
                </Link>
              </li>
              <li>
                <Link className="govuk-link" to="/members">
                  {data.members.totalCount === 1 ? '1 member' : `${data.members.totalCount} members`}
                </Link>
              </li>
            </ul>
          ) : null}
        </>
      )}
      {(holds(membership, PERMISSIONS.PANEL_CONFIGURE) ||
        holds(membership, PERMISSIONS.AUDIT_READ) ||
        holds(membership, PERMISSIONS.DATA_PROTECTION_READ) ||
        holds(membership, PERMISSIONS.CROSS_PANEL_MATCH_READ)) && (
        <>
          <h2 className="govuk-heading-m">Running the panel</h2>
          <ul className="govuk-list">
            {holds(membership, PERMISSIONS.PANEL_CONFIGURE) && (
              <li>
                <Link className="govuk-link" to="/panel/scoring">
                  Scoring: the scale and the tiers
                </Link>
              </li>
            )}
            {holds(membership, PERMISSIONS.CROSS_PANEL_MATCH_READ) && (
              <li>
                <Link className="govuk-link" to="/matches">
                  Matches with other panels: who else holds the same people, vehicles and groups
                </Link>
              </li>
            )}
            {holds(membership, PERMISSIONS.AUDIT_READ) && (
              <li>
                <Link className="govuk-link" to="/panel/mail">
                  Mail to members: what was sent, and what did not go
                </Link>
              </li>
            )}
            {holds(membership, PERMISSIONS.DATA_PROTECTION_READ) && (
              <li>
                <Link className="govuk-link" to="/panel/data-protection">
                  Data protection: the audit trail, the consultation log and subject access
                </Link>
              </li>
            )}
          </ul>
        </>
      )}
    </>
  );
}
