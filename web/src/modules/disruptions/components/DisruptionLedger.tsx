import { Link } from 'react-router';
import { AGENCY_RIGHTS, DISRUPTION_IMPACT_LABELS, FOUR_P_LABELS, TACTIC_HEADING_LABELS } from '@sentinel/shared';
import { Table, type TableColumn } from '../../../ui/Table';
import { Tag } from '../../../ui/Tag';
import { getFragmentData } from '../../../gql';
import type { OcgDisruptionsQuery } from '../../../gql/graphql';
import { DisruptionOutcomesFragment } from '../graphql/disruption-outcomes.fragment';
import { formatDate } from '../../app/utils/dates';
import { useAgencyRight } from '../../app/viewer-context';
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

function changeColumn(ocgId: string, mayChange: (d: Disruption) => boolean): TableColumn<Disruption> {
  return {
    key: 'actions',
    header: 'Actions',
    cell: (d) =>
      mayChange(d) && (
        <Link className="govuk-link" to={`/ocgs/${ocgId}/disruptions/${d.id}/edit`}>
          Change
          <span className="govuk-visually-hidden">{` disruption of ${formatDate(d.occurredOn)}, ${TACTIC_HEADING_LABELS[d.tacticHeading]}`}</span>
        </Link>
      ),
  };
}

type Props = { disruptions: readonly Disruption[]; ocgId: string; canWrite?: boolean };

// "Change" only on the entries the viewer may correct: a partner's own agency's, or any for a record keeper.
export function DisruptionLedger({ disruptions, ocgId, canWrite = false }: Props) {
  const mayChange = useAgencyRight(AGENCY_RIGHTS.changeDisruption);
  if (disruptions.length === 0) return <p className="govuk-body">No disruptions are recorded against this group yet.</p>;
  const changeable = canWrite && disruptions.some((d) => mayChange(d.agency.id));
  const shown = changeable ? [...columns, changeColumn(ocgId, (d) => mayChange(d.agency.id))] : columns;
  return <Table caption="Disruption ledger, newest first" columns={shown} rows={[...disruptions]} rowKey={(d) => d.id} />;
}
