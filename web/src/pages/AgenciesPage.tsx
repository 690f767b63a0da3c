import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { PERMISSIONS } from '@sentinel/shared';
import { ButtonLink } from '../ui/Button';
import { AgencyTable } from '../modules/agencies/components/AgencyTable';
import { AgenciesQuery } from '../modules/agencies/graphql/agencies.query';
import { RequirePermission } from '../modules/app/components/RequirePermission';
import { SearchForm } from '../modules/app/components/SearchForm';
import { usePageTitle } from '../modules/app/usePageTitle';
import { usePaging } from '../modules/app/usePaging';
import { holds, useViewer } from '../modules/app/viewer-context';
import { PagedResults } from '../modules/app/components/PagedResults';

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
      <PagedResults page={data?.agencies} loading={loading} error={error} paging={paging} noun={['agency', 'agencies']}>
        {(nodes) => <AgencyTable agencies={nodes} caption="Agencies on this panel" />}
      </PagedResults>
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
