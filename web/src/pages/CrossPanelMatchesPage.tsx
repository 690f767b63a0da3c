import { useQuery } from '@apollo/client/react';
import { PERMISSIONS } from '@sentinel/shared';
import { BackLink } from '../ui/BackLink';
import { Loading } from '../ui/Loading';
import { Pagination } from '../ui/Pagination';
import { resultsText } from '../modules/app/components/SearchForm';
import { RequirePermission } from '../modules/app/components/RequirePermission';
import { LoadFailed } from '../modules/app/components/StatusContent';
import { usePageTitle } from '../modules/app/usePageTitle';
import { usePaging } from '../modules/app/usePaging';
import { useViewer } from '../modules/app/viewer-context';
import { CrossPanelMatchTable } from '../modules/cross-panel-matches/components/CrossPanelMatchTable';
import { CrossPanelMatchesQuery } from '../modules/cross-panel-matches/graphql/cross-panel-matches.query';

function Matches({ panelId }: { panelId: string }) {
  const paging = usePaging();
  const { data, error } = useQuery(CrossPanelMatchesQuery, {
    variables: { panelId, limit: paging.limit, offset: paging.offset },
    fetchPolicy: 'cache-and-network',
  });
  if (error && !data) return <LoadFailed message={error.message} />;
  if (!data) return <Loading />;
  const page = data.crossPanelMatches;
  return (
    <>
      <p className="govuk-body" role="status">
        {resultsText(paging.offset, page.nodes.length, page.totalCount, ['match', 'matches'])}
        {page.awaitingDecision > 0 ? `, ${page.awaitingDecision} waiting for this panel’s answer` : ''}
      </p>
      {page.nodes.length > 0 && <CrossPanelMatchTable matches={page.nodes} />}
      <Pagination page={paging.page} pageCount={paging.pageCount(page.totalCount)} hrefFor={paging.hrefFor} />
    </>
  );
}

export function CrossPanelMatchesPage() {
  const { membership } = useViewer();
  usePageTitle('Matches with other panels');
  return (
    <RequirePermission permission={PERMISSIONS.CROSS_PANEL_MATCH_READ}>
      <BackLink to="/">Back to the panel</BackLink>
      <h1 className="govuk-heading-l">Matches with other panels</h1>
      <p className="govuk-body">
        Another panel holds a person, vehicle or group that this panel holds too: same date of birth and a surname that sounds alike, the same plate,
        or the same group name. Each side sees only which panel it is and whom to call there. Details pass only when both chairs agree, and each time
        they are shown it is logged as a disclosure. Those waiting for this panel’s answer come first.
      </p>
      {membership && <Matches key={membership.panelId} panelId={membership.panelId} />}
    </RequirePermission>
  );
}
