import { Link } from 'react-router';
import { Table, type TableColumn } from '../../../ui/Table';
import { getFragmentData, type FragmentType } from '../../../gql';
import type { ReferralRowFragment as Row } from '../../../gql/graphql';
import { formatDateTime } from '../../app/utils/dates';
import { ReferralRowFragment } from '../graphql/referral-row.fragment';
import { ReferralStatusTag } from './ReferralStatusTag';

const SUMMARY_CHARS = 120;

const columns: TableColumn<Row>[] = [
  {
    key: 'reference',
    header: 'Reference',
    cell: (r) => (
      <Link className="govuk-link" to={`/referrals/${r.id}`}>
        {r.reference}
      </Link>
    ),
  },
  { key: 'received', header: 'Received', cell: (r) => formatDateTime(r.createdAt) },
  { key: 'from', header: 'From', cell: (r) => r.fromAgency.name },
  { key: 'status', header: 'Status', cell: (r) => <ReferralStatusTag status={r.status} /> },
  { key: 'crimeReferences', header: 'Crime references', cell: (r) => r.crimeReferences.join(', ') },
  { key: 'summary', header: 'Summary', cell: (r) => (r.summary.length > SUMMARY_CHARS ? `${r.summary.slice(0, SUMMARY_CHARS)}…` : r.summary) },
];

export function ReferralTable({ referrals, caption }: { referrals: ReadonlyArray<FragmentType<typeof ReferralRowFragment>>; caption: string }) {
  const rows = getFragmentData(ReferralRowFragment, referrals);
  return <Table caption={caption} columns={columns} rows={[...rows]} rowKey={(r) => r.id} />;
}
