import { PERMISSIONS } from '@sentinel/shared';
import { SummaryList, type SummaryRow } from '../../../ui/SummaryList';
import { WarningText } from '../../../ui/WarningText';
import type { AgencyDetailsFragment } from '../../../gql/graphql';
import { formatDate } from '../../app/utils/dates';
import { useCan } from '../../app/viewer-context';
import { kindLabel, tacticHeadingsLabel } from '../utils/labels';
import { IsaStatusTag, PersonalDataTag } from './IsaStatusTag';

export function IsaWarning({ agency }: { agency: AgencyDetailsFragment }) {
  const { status, expiresOn } = agency.isa;
  if (status === 'EXPIRED') {
    return (
      <WarningText>{`The information-sharing agreement expired on ${formatDate(expiresOn)}. Do not share personal data with this agency until it is renewed.`}</WarningText>
    );
  }
  if (status === 'EXPIRING') {
    return (
      <WarningText>{`The information-sharing agreement expires on ${formatDate(expiresOn)}. Renew it before then, or personal data can no longer be shared.`}</WarningText>
    );
  }
  return null;
}

export function AgencySummary({ agency }: { agency: AgencyDetailsFragment }) {
  const canManage = useCan(PERMISSIONS.AGENCY_MANAGE);
  const change = (what: string) => (canManage ? { to: `/agencies/${agency.id}/edit`, text: 'Change', visuallyHiddenText: what } : undefined);
  const rows: SummaryRow[] = [
    { key: 'Name', value: agency.name, action: change('name') },
    { key: 'Kind', value: kindLabel(agency.kind), action: change('kind') },
    { key: 'Tactic headings', value: tacticHeadingsLabel(agency.tacticHeadings), action: change('tactic headings') },
    { key: 'Members', value: String(agency.memberCount) },
    {
      key: 'Agreement status',
      value: (
        <>
          <IsaStatusTag status={agency.isa.status} />
          <PersonalDataTag allowsPersonalData={agency.isa.allowsPersonalData} />
        </>
      ),
    },
    { key: 'Agreement reference', value: agency.isa.reference ?? 'Not recorded', action: change('agreement reference') },
    { key: 'Signed on', value: formatDate(agency.isa.signedOn), action: change('date signed') },
    { key: 'Expires on', value: formatDate(agency.isa.expiresOn), action: change('expiry date') },
    { key: 'Covers personal data', value: agency.isa.coversPersonalData ? 'Yes' : 'No', action: change('whether it covers personal data') },
  ];
  return <SummaryList rows={rows} />;
}
