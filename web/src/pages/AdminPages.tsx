import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { BackLink } from '../ui/BackLink';
import { Table } from '../ui/Table';
import type { AdminUsersQuery as UsersData } from '../gql/graphql';
import { SearchForm } from '../modules/app/components/SearchForm';
import { formatDateTime } from '../modules/app/utils/dates';
import { SINGLE_SIGN_ON_PATH } from '../modules/app/paths';
import { usePageTitle } from '../modules/app/usePageTitle';
import { usePaging } from '../modules/app/usePaging';
import { RequireAdmin } from '../modules/administration/components/RequireAdmin';
import { AdminUsersQuery } from '../modules/administration/graphql/administration';
import { MemberStatusTag } from '../modules/members/components/MemberStatusTag';
import { roleLabel } from '../modules/members/utils/labels';
import { PagedResults } from '../modules/app/components/PagedResults';

export const ADMIN_SECTIONS = [
  { to: '/admin/panels', title: 'Panels', text: 'Create a panel with its first chair, and disable or enable panels.' },
  { to: '/admin/users', title: 'Users', text: 'Every account in Sentinel, the panels it sits on and when it last signed in.' },
  { to: '/admin/regions', title: 'Regions', text: 'Regional and national units: the panels whose figures each reads, and its analysts.' },
  { to: SINGLE_SIGN_ON_PATH, title: 'Single sign-on', text: 'The identity providers, such as Microsoft Entra ID, that members can sign in with.' },
];

export function AdministrationPage() {
  usePageTitle('Administration');
  return (
    <RequireAdmin>
      <h1 className="govuk-heading-l">Administration</h1>
      <p className="govuk-body">
        You run Sentinel for every panel. You manage panels&apos; agencies and members, but you read no panel&apos;s groups, people or intelligence
        unless you hold a role on it.
      </p>
      {ADMIN_SECTIONS.map((section) => (
        <div key={section.to}>
          <h2 className="govuk-heading-m">
            <Link className="govuk-link" to={section.to}>
              {section.title}
            </Link>
          </h2>
          <p className="govuk-body">{section.text}</p>
        </div>
      ))}
    </RequireAdmin>
  );
}

type User = UsersData['adminUsers']['nodes'][number];

const columns = [
  { key: 'name', header: 'Name', cell: (u: User) => (u.isAdmin ? `${u.name} (administrator)` : u.name) },
  { key: 'email', header: 'Email', cell: (u: User) => u.email },
  {
    key: 'panels',
    header: 'Panels',
    cell: (u: User) => (u.memberships.length ? u.memberships.map((m) => `${m.panelCode}: ${roleLabel(m.role)}`).join('; ') : 'None'),
  },
  { key: 'status', header: 'Status', cell: (u: User) => <MemberStatusTag member={u} /> },
  { key: 'signedIn', header: 'Last signed in', cell: (u: User) => (u.lastSignedInAt ? formatDateTime(u.lastSignedInAt) : 'Never') },
];

export function AdminUsersPage() {
  usePageTitle('Users');
  const [search, setSearch] = useState('');
  const paging = usePaging();
  const { data, loading, error } = useQuery(AdminUsersQuery, { variables: { search: search || null, limit: paging.limit, offset: paging.offset } });
  return (
    <RequireAdmin>
      <BackLink to="/admin">Back to administration</BackLink>
      <h1 className="govuk-heading-l">Users</h1>
      <SearchForm
        label="Search by name or email"
        initial={search}
        onSearch={(s) => {
          setSearch(s);
          paging.resetPage();
        }}
      />
      <PagedResults page={data?.adminUsers} loading={loading} error={error} paging={paging} noun={['user', 'users']}>
        {(nodes) => <Table caption="Users of Sentinel" columns={columns} rows={[...nodes]} rowKey={(u) => u.id} />}
      </PagedResults>
    </RequireAdmin>
  );
}
