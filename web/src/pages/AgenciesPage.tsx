import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { PERMISSIONS } from '@sentinel/shared';
import { ButtonLink } from '../ui/Button';
import { Loading } from '../ui/Loading';
import { Pagination } from '../ui/Pagination';
import { AgencyTable } from '../modules/agencies/components/AgencyTable';
import { AgenciesQuery } from '../modules/agencies/graphql/agencies.query';
import { RequirePermission } from '../modules/app/components/RequirePermission';
import { resultsText, SearchForm } from '../modules/app/components/SearchForm';
import { LoadFailed } from '../modules/app/components/StatusContent';
import { usePageTitle } from '../modules/app/usePageTitle';
import { usePaging } from '../modules/app/usePaging';
import { holds, useViewer } from '../modules/app/viewer-context';

function AgencyList({ panelId, canManage }: { panelId: string; canManage: boolean }) {
  const [search, setSearch] = useState('');
  const paging = usePaging();
  const { data, loading, error } = useQuery(AgenciesQuery, {
    variables: { panelId, search: search || null, limit: paging.limit, offset: paging.offset },
  });
  const onSearch = (value: string) => {
    setSearch(value);
    paging.resetPage();
  };
  return (
    <>
      {canManage && <ButtonLink to="/agencies/new">Add agency</ButtonLink>}
      <SearchForm label="Search by name" initial={search} onSearch={onSearch} />
      {error && !data ? (
        <LoadFailed message={error.message} />
      ) : !data ? (
        loading && <Loading />
      ) : (
        <>
          <p className="govuk-body" role="status">
            {resultsText(paging.offset, data.agencies.nodes.length, data.agencies.totalCount, ['agency', 'agencies'])}
          </p>
          {data.agencies.nodes.length > 0 && <AgencyTable agencies={data.agencies.nodes} caption="Agencies on this panel" />}
          <Pagination page={paging.page} pageCount={paging.pageCount(data.agencies.totalCount)} hrefFor={paging.hrefFor} />
        </>
      )}
    </>
  );
}

export function AgenciesPage() {
  const { membership } = useViewer();
  usePageTitle('Agencies');
  return (
    <RequirePermission permission={PERMISSIONS.AGENCY_READ}>
      <h1 className="govuk-heading-l">Agencies</h1>
      {membership && <AgencyList key={membership.panelId} panelId={membership.panelId} canManage={holds(membership, PERMISSIONS.AGENCY_MANAGE)} />}
    </RequirePermission>
  );
}
