import { Link } from 'react-router';
import { DISRUPTION_IMPACT_LABELS, FOUR_P_LABELS, TACTIC_HEADING_LABELS } from '@sentinel/shared';
import { Table, type TableColumn } from '../../../ui/Table';
import { Tag } from '../../../ui/Tag';
import { getFragmentData } from '../../../gql';
import type { OcgDisruptionsQuery } from '../../../gql/graphql';
import { DisruptionOutcomesFragment } from '../graphql/disruption-outcomes.fragment';
import { formatDate } from '../../app/utils/dates';
import { IMPACT_COLOURS, outcomesSummary } from '../utils/outcomes';

type Disruption = OcgDisruptionsQuery['ocg']['disruptions'][number];

const columns: TableColumn<Disruption>[] = [
  { key: 'date', header: 'Date', cell: (d) => <span className="app-nowrap">{formatDate(d.occurredOn)}</span> },
  { key: 'agency', header: 'Agency', cell: (d) => d.agency.name },
  { key: 'strand', header: 'Strand', cell: (d) => FOUR_P_LABELS[d.strand] },
  {
    key: 'tactic',
    header: 'Tactic',
    cell: (d) => (
      <>
        <span className="app-block govuk-!-font-weight-bold">{TACTIC_HEADING_LABELS[d.tacticHeading]}</span>
        <span className="app-pre-wrap">{d.description}</span>
      </>
    ),
  },
  {
    key: 'impact',
    header: 'Impact',
    cell: (d) => (
      <>
        <Tag colour={IMPACT_COLOURS[d.impact]}>{DISRUPTION_IMPACT_LABELS[d.impact]}</Tag>
        <span className="app-block govuk-body-s govuk-!-margin-top-1">{d.rationale}</span>
      </>
    ),
  },
  { key: 'outcomes', header: 'Outcomes', cell: (d) => outcomesSummary(getFragmentData(DisruptionOutcomesFragment, d.outcomes)) },
];

function changeColumn(ocgId: string): TableColumn<Disruption> {
  return {
    key: 'actions',
    header: 'Actions',
    cell: (d) => (
      <Link className="govuk-link" to={`/ocgs/${ocgId}/disruptions/${d.id}/edit`}>
        Change<span className="govuk-visually-hidden">{` disruption of ${formatDate(d.occurredOn)}, ${TACTIC_HEADING_LABELS[d.tacticHeading]}`}</span>
      </Link>
    ),
  };
}

type Props = { disruptions: readonly Disruption[]; ocgId: string; canWrite?: boolean };

export function DisruptionLedger({ disruptions, ocgId, canWrite = false }: Props) {
  if (disruptions.length === 0) return <p className="govuk-body">No disruptions are recorded against this group yet.</p>;
  const shown = canWrite ? [...columns, changeColumn(ocgId)] : columns;
  return <Table caption="Disruption ledger, newest first" columns={shown} rows={[...disruptions]} rowKey={(d) => d.id} />;
}
