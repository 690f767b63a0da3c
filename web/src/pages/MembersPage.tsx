import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { PERMISSIONS, type PanelRole } from '@sentinel/shared';
import { ButtonLink } from '../ui/Button';
import { Checkboxes } from '../ui/Checkboxes';
import { Select } from '../ui/Select';
import { RequirePermission } from '../modules/app/components/RequirePermission';
import { SearchForm } from '../modules/app/components/SearchForm';
import { usePageTitle } from '../modules/app/usePageTitle';
import { usePaging } from '../modules/app/usePaging';
import { holds, useViewer } from '../modules/app/viewer-context';
import { MemberTable } from '../modules/members/components/MemberTable';
import { MembersQuery } from '../modules/members/graphql/members.query';
import { ROLE_OPTIONS } from '../modules/members/utils/labels';
import { PagedResults } from '../modules/app/components/PagedResults';

type Filters = { search: string; role: PanelRole | ''; includeDisabled: boolean };

function MemberList({ panelId }: { panelId: string }) {
  const [filters, setFilters] = useState<Filters>({ search: '', role: '', includeDisabled: false });
  const [role, setRole] = useState<PanelRole | ''>('');
  const [shown, setShown] = useState<string[]>([]);
  const paging = usePaging();
  const { data, loading, error } = useQuery(MembersQuery, {
    variables: {
      panelId,
      search: filters.search || null,
      role: filters.role || null,
      includeDisabled: filters.includeDisabled,
      limit: paging.limit,
      offset: paging.offset,
    },
  });
  const onSearch = (search: string) => {
    setFilters({ search, role, includeDisabled: shown.includes('disabled') });
    paging.resetPage();
  };
  return (
    <>
      <SearchForm label="Search by name or email" initial={filters.search} onSearch={onSearch}>
        <Select
          id="role-filter"
          label="Role"
          value={role}
          onChange={(v) => setRole(v as PanelRole | '')}
          options={[{ value: '', label: 'Any role' }, ...ROLE_OPTIONS]}
        />
        <Checkboxes
          id="include-disabled"
          legend="Status"
          options={[{ value: 'disabled', label: 'Include disabled members' }]}
          values={shown}
          onChange={setShown}
        />
      </SearchForm>
      <PagedResults page={data?.members} loading={loading} error={error} paging={paging} noun={['member', 'members']}>
        {(nodes) => <MemberTable members={nodes} caption="Members of this panel" />}
      </PagedResults>
    </>
  );
}

export function MembersPage() {
  const { membership } = useViewer();
  usePageTitle('Members');
  return (
    <RequirePermission permission={PERMISSIONS.MEMBER_READ}>
      <h1 className="govuk-heading-l">Members</h1>
      {membership && holds(membership, PERMISSIONS.MEMBER_MANAGE) && (
        <div className="govuk-button-group">
          <ButtonLink to="/members/new">Add member</ButtonLink>
          <ButtonLink to="/members/review" variant="secondary">
            Membership review
          </ButtonLink>
        </div>
      )}
      {membership && <MemberList key={membership.panelId} panelId={membership.panelId} />}
    </RequirePermission>
  );
}
