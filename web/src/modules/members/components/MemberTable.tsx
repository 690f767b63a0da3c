import { Link } from 'react-router';
import { Table, type TableColumn } from '../../../ui/Table';
import { getFragmentData, type FragmentType } from '../../../gql';
import type { MemberRowFragment as MemberRow } from '../../../gql/graphql';
import { MemberRowFragment } from '../graphql/member-row.fragment';
import { roleLabel } from '../utils/labels';
import { MemberStatusTag } from './MemberStatusTag';

const columns: TableColumn<MemberRow>[] = [
  {
    key: 'name',
    header: 'Name',
    cell: (m) => (
      <Link className="govuk-link" to={`/members/${m.id}`}>
        {m.name}
      </Link>
    ),
  },
  { key: 'email', header: 'Email', cell: (m) => m.email },
  { key: 'agency', header: 'Agency', cell: (m) => m.agency?.name ?? 'None' },
  { key: 'role', header: 'Role', cell: (m) => roleLabel(m.role) },
  { key: 'status', header: 'Status', cell: (m) => <MemberStatusTag member={m} /> },
];

type Props = { members: ReadonlyArray<FragmentType<typeof MemberRowFragment>>; caption: string; hideAgency?: boolean };

export function MemberTable({ members, caption, hideAgency = false }: Props) {
  const rows = getFragmentData(MemberRowFragment, members);
  const shown = hideAgency ? columns.filter((c) => c.key !== 'agency') : columns;
  return <Table caption={caption} columns={shown} rows={[...rows]} rowKey={(m) => m.id} />;
}
