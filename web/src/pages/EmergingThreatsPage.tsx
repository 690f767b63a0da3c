import { useQuery } from '@apollo/client/react';
import { PERMISSIONS } from '@sentinel/shared';
import { BackLink } from '../ui/BackLink';
import { ButtonGroup, ButtonLink } from '../ui/Button';
import { Loading } from '../ui/Loading';
import { Pagination } from '../ui/Pagination';
import { resultsText } from '../modules/app/components/SearchForm';
import { RequirePermission } from '../modules/app/components/RequirePermission';
import { LoadFailed } from '../modules/app/components/StatusContent';
import { usePageTitle } from '../modules/app/usePageTitle';
import { usePaging } from '../modules/app/usePaging';
import { holds, useViewer } from '../modules/app/viewer-context';
import { ThreatTable } from '../modules/emerging-threats/components/ThreatTable';
import { EmergingThreatsQuery } from '../modules/emerging-threats/graphql/emerging-threats.query';

function Threats({ panelId }: { panelId: string }) {
  const paging = usePaging();
  const { data, error } = useQuery(EmergingThreatsQuery, { variables: { panelId, limit: paging.limit, offset: paging.offset } });
  if (error && !data) return <LoadFailed message={error.message} />;
  if (!data) return <Loading />;
  const page = data.emergingThreats;
  return (
    <>
      <p className="govuk-body" role="status">
        {resultsText(paging.offset, page.nodes.length, page.totalCount, ['emerging threat', 'emerging threats'])}
      </p>
      {page.nodes.length > 0 && <ThreatTable threats={page.nodes} />}
      <Pagination page={paging.page} pageCount={paging.pageCount(page.totalCount)} hrefFor={paging.hrefFor} />
    </>
  );
}

export function EmergingThreatsPage() {
  const { membership } = useViewer();
  usePageTitle('Emerging threats');
  return (
    <RequirePermission permission={PERMISSIONS.MEETING_READ}>
      <BackLink to="/meetings">Back to meetings</BackLink>
      <h1 className="govuk-heading-l">Emerging threats</h1>
      <p className="govuk-body">New threats and trends members have raised between meetings, and what each meeting did about them.</p>
      {holds(membership, PERMISSIONS.THREAT_RAISE) && (
        <ButtonGroup>
          <ButtonLink to="/emerging-threats/new">Raise an emerging threat</ButtonLink>
        </ButtonGroup>
      )}
      {membership && <Threats key={membership.panelId} panelId={membership.panelId} />}
    </RequirePermission>
  );
}
