import { Link } from 'react-router';
import { Table, type TableColumn } from '../../../ui/Table';
import { getFragmentData, type FragmentType } from '../../../gql';
import { AgencyRowFragment } from '../graphql/agency-row.fragment';
import type { AgencyRowFragment as AgencyRow } from '../../../gql/graphql';
import { kindLabel, tacticHeadingsLabel } from '../utils/labels';
import { IsaStatusTag, PersonalDataTag } from './IsaStatusTag';

const columns: TableColumn<AgencyRow>[] = [
  {
    key: 'name',
    header: 'Name',
    cell: (a) => (
      <Link className="govuk-link" to={`/agencies/${a.id}`}>
        {a.name}
      </Link>
    ),
  },
  { key: 'kind', header: 'Kind', cell: (a) => kindLabel(a.kind) },
  { key: 'tactics', header: 'Tactic headings', cell: (a) => tacticHeadingsLabel(a.tacticHeadings) },
  {
    key: 'isa',
    header: 'Information-sharing agreement',
    cell: (a) => (
      <>
        <IsaStatusTag status={a.isa.status} />
        <PersonalDataTag allowsPersonalData={a.isa.allowsPersonalData} />
      </>
    ),
  },
  { key: 'members', header: 'Members', numeric: true, cell: (a) => a.memberCount },
];

type Props = { agencies: ReadonlyArray<FragmentType<typeof AgencyRowFragment>>; caption: string };

export function AgencyTable({ agencies, caption }: Props) {
  const rows = getFragmentData(AgencyRowFragment, agencies);
  return <Table caption={caption} columns={columns} rows={[...rows]} rowKey={(a) => a.id} />;
}
