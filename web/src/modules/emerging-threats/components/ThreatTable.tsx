import { Link } from 'react-router';
import { CRIME_TYPE_LABELS } from '@sentinel/shared';
import { getFragmentData, type FragmentType } from '../../../gql';
import type { EmergingThreatFieldsFragment as Threat } from '../../../gql/graphql';
import { Table, type TableColumn } from '../../../ui/Table';
import { formatDate } from '../../app/utils/dates';
import { EmergingThreatFieldsFragment } from '../graphql/emerging-threat.fragment';
import { ThreatCoverage, ThreatStatusTag } from './ThreatTags';

const columns: TableColumn<Threat>[] = [
  {
    key: 'title',
    header: 'Threat',
    cell: (t) => (
      <>
        <Link className="govuk-link" to={`/emerging-threats/${t.id}`}>
          {t.title}
        </Link>
        <span className="app-block govuk-hint govuk-!-margin-bottom-0">
          {[t.crimeType ? CRIME_TYPE_LABELS[t.crimeType] : null, t.area].filter(Boolean).join(', ') || 'No crime type or area'}
        </span>
      </>
    ),
  },
  {
    key: 'raised',
    header: 'Raised',
    cell: (t) => `${formatDate(t.createdAt.slice(0, 10))}${t.raisedByAgencyName ? `, ${t.raisedByAgencyName}` : ''}`,
  },
  { key: 'status', header: 'Status', cell: (t) => <ThreatStatusTag status={t.status} /> },
  { key: 'coverage', header: 'Meetings', cell: (t) => <ThreatCoverage outcomes={t.outcomes} /> },
];

export function ThreatTable({ threats }: { threats: ReadonlyArray<FragmentType<typeof EmergingThreatFieldsFragment>> }) {
  const rows = getFragmentData(EmergingThreatFieldsFragment, threats);
  return <Table caption="Emerging threats" columns={columns} rows={[...rows]} rowKey={(t) => t.id} />;
}
