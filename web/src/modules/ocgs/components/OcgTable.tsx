import { Link } from 'react-router';
import { Table, type TableColumn } from '../../../ui/Table';
import { getFragmentData, type FragmentType } from '../../../gql';
import type { OcgRowFragment as OcgRow } from '../../../gql/graphql';
import { OcgRowFragment } from '../graphql/ocg-row.fragment';
import { areasLabel, crimeTypesLabel, tierAndScore } from '../../records/utils/labels';
import { OcgStatusTag } from '../../records/components/OcgTags';

const columns: TableColumn<OcgRow>[] = [
  { key: 'reference', header: 'Reference', cell: (o) => o.reference },
  {
    key: 'name',
    header: 'Name',
    cell: (o) => (
      <Link className="govuk-link" to={`/ocgs/${o.id}`}>
        {o.name}
      </Link>
    ),
  },
  { key: 'status', header: 'Status', cell: (o) => <OcgStatusTag status={o.status} /> },
  { key: 'tier', header: 'Tier and score', cell: (o) => tierAndScore(o.tier, o.scoreTotal) },
  { key: 'tasks', header: 'Open tasks', cell: (o) => <OpenTasks open={o.openTaskCount} overdue={o.overdueTaskCount} /> },
  { key: 'crimeTypes', header: 'Crime types', cell: (o) => crimeTypesLabel(o.crimeTypes) },
  { key: 'areas', header: 'Areas', cell: (o) => areasLabel(o.areas) },
  { key: 'lro', header: 'Lead responsible officer', cell: (o) => o.lroName ?? 'Not assigned' },
];

/** The group's open tasks that the viewer may read, with those overdue called out. */
function OpenTasks({ open, overdue }: { open: number; overdue: number }) {
  if (open === 0) return <>None</>;
  return (
    <>
      {open}
      {overdue > 0 && (
        <>
          {' '}
          <strong className="govuk-tag govuk-tag--red">{overdue} overdue</strong>
        </>
      )}
    </>
  );
}

type Props = { ocgs: ReadonlyArray<FragmentType<typeof OcgRowFragment>>; caption: string };

export function OcgTable({ ocgs, caption }: Props) {
  const rows = getFragmentData(OcgRowFragment, ocgs);
  return <Table caption={caption} columns={columns} rows={[...rows]} rowKey={(o) => o.id} />;
}
