import { Link } from 'react-router';
import { SummaryList, type SummaryRow } from '../../../ui/SummaryList';
import { Table } from '../../../ui/Table';
import { WarningText } from '../../../ui/WarningText';
import type { NominalDetailsFragment } from '../../../gql/graphql';
import { formatDate } from '../../app/utils/dates';
import { MarkingTag, OcgStatusTag } from '../../records/components/OcgTags';
import { placeColumns } from '../../ocgs/components/OcgPlaces';
import { roleLabel } from '../../records/utils/labels';
import { NominalFlags } from '../../records/components/NominalFlags';
import { WithheldNotice } from '../../records/components/WithheldNotice';

type Nominal = NominalDetailsFragment;

export function RiskWarning({ nominal }: { nominal: Nominal }) {
  return nominal.riskToOfficers ? <WarningText>Risk to officers: take care when dealing with this person.</WarningText> : null;
}

// Withheld: the API sends no names, aliases or date of birth, so only the reference and the reason show.
export function NominalPersonalDetails({ nominal, canWrite }: { nominal: Nominal; canWrite: boolean }) {
  if (nominal.personalDataWithheld) return <WithheldNotice reasons={[nominal.withheldReason]} />;
  const change = (what: string) => (canWrite ? { to: `/nominals/${nominal.id}/edit`, text: 'Change', visuallyHiddenText: what } : undefined);
  const rows: SummaryRow[] = [
    { key: 'Surname', value: nominal.surname ?? 'Not recorded', action: change('surname') },
    { key: 'Forenames', value: nominal.forenames || 'Not recorded', action: change('forenames') },
    { key: 'Aliases', value: nominal.aliases?.length ? nominal.aliases.join(', ') : 'None recorded', action: change('aliases') },
    { key: 'Date of birth', value: formatDate(nominal.dateOfBirth), action: change('date of birth') },
    { key: 'Flags', value: <NominalFlags nominal={nominal} />, action: change('flags') },
    { key: 'Next review', value: formatDate(nominal.nextReviewOn), action: change('next review date') },
    { key: 'Marking', value: <MarkingTag marking={nominal.gscMarking} />, action: change('marking') },
  ];
  return <SummaryList rows={rows} />;
}

export function NominalGroups({ nominal }: { nominal: Nominal }) {
  if (nominal.ocgs.length === 0) return <p className="govuk-body">Not recorded in any group.</p>;
  return (
    <Table
      caption="Groups this nominal is in"
      columns={[
        { key: 'reference', header: 'Reference', cell: (g) => g.ocg.reference },
        {
          key: 'name',
          header: 'Group',
          cell: (g) => (
            <Link className="govuk-link" to={`/ocgs/${g.ocg.id}`}>
              {g.ocg.name}
            </Link>
          ),
        },
        { key: 'status', header: 'Status', cell: (g) => <OcgStatusTag status={g.ocg.status} /> },
        { key: 'role', header: 'Role', cell: (g) => roleLabel(g.role) },
      ]}
      rows={[...nominal.ocgs]}
      rowKey={(g) => g.ocg.id}
    />
  );
}

export function NominalVehicles({ nominal }: { nominal: Nominal }) {
  if (nominal.vehicles.length === 0) return <p className="govuk-body">No vehicles are linked to this nominal.</p>;
  return (
    <Table
      caption="Vehicles linked to this nominal"
      columns={[
        { key: 'registration', header: 'Registration', cell: (v) => <span className="app-registration">{v.registration}</span> },
        { key: 'description', header: 'Description', cell: (v) => [v.colour, v.make, v.model].filter(Boolean).join(' ') || 'Not recorded' },
      ]}
      rows={[...nominal.vehicles]}
      rowKey={(v) => v.id}
    />
  );
}

export function NominalPlaces({ nominal }: { nominal: Nominal }) {
  if (nominal.places.length === 0) return <p className="govuk-body">No places are linked to this nominal.</p>;
  return <Table caption="Places linked to this nominal" columns={placeColumns()} rows={[...nominal.places]} rowKey={(p) => p.id} />;
}
