import { Link } from 'react-router';
import { SummaryList, type SummaryRow } from '../../../ui/SummaryList';
import type { ReferralDetailsFragment } from '../../../gql/graphql';
import { formatDate } from '../../app/utils/dates';
import { WithheldNotice } from '../../records/components/WithheldNotice';
import { formatDateTime } from '../../app/utils/dates';
import { ReferralStatusTag } from './ReferralStatusTag';

type Referral = ReferralDetailsFragment;

const list = (items: readonly string[]) => (items.length ? items.join(', ') : 'None given');

export function ReferralOutcome({ referral }: { referral: Referral }) {
  if (referral.status === 'ACCEPTED') {
    return (
      <div className="govuk-inset-text">
        Accepted{referral.decidedAt ? ` on ${formatDateTime(referral.decidedAt)}` : ''}.{' '}
        {referral.ocgId ? (
          <>
            Linked to{' '}
            <Link className="govuk-link" to={`/ocgs/${referral.ocgId}`}>
              {`${referral.ocgReference ?? ''} ${referral.ocg?.name ?? ''}`.trim()}
            </Link>
            .
          </>
        ) : null}
      </div>
    );
  }
  if (referral.status === 'DECLINED') {
    return (
      <div className="govuk-inset-text">
        <p className="govuk-body">Declined{referral.decidedAt ? ` on ${formatDateTime(referral.decidedAt)}` : ''}. The reason given:</p>
        <p className="govuk-body app-pre-wrap">{referral.declineReason ?? 'No reason recorded'}</p>
      </div>
    );
  }
  return null;
}

export function ReferralSummary({ referral }: { referral: Referral }) {
  const rows: SummaryRow[] = [
    { key: 'Status', value: <ReferralStatusTag status={referral.status} /> },
    { key: 'Received', value: formatDateTime(referral.createdAt) },
    { key: 'From', value: referral.fromAgency.name },
    { key: 'On behalf of', value: referral.onBehalfOf ?? 'Not given' },
    { key: 'Crime reference numbers', value: list(referral.crimeReferences) },
    { key: 'Summary', value: <span className="app-pre-wrap">{referral.summary}</span> },
    { key: 'Vehicles', value: list(referral.vehicles) },
    { key: 'Places', value: list(referral.places) },
  ];
  return <SummaryList rows={rows} />;
}

// Offenders' details are personal data: withheld like nominals' when the viewer's agency may not receive them.
export function ReferralOffenders({ referral }: { referral: Referral }) {
  if (referral.offendersWithheld) return <WithheldNotice reasons={[referral.withheldReason]} />;
  if (referral.offenders.length === 0) return <p className="govuk-body">No offenders were named.</p>;
  return (
    <ul className="govuk-list">
      {referral.offenders.map((o, i) => (
        <li key={i}>
          <strong>{o.name ?? 'Name not given'}</strong>
          {o.dateOfBirth && `, born ${formatDate(o.dateOfBirth)}`}
          {o.description && <span className="app-block govuk-hint">{o.description}</span>}
        </li>
      ))}
    </ul>
  );
}
