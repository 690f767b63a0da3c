import { useQuery } from '@apollo/client/react';
import { OCG_STATUS_LABELS } from '@sentinel/shared';
import { Loading } from '../../../ui/Loading';
import { SummaryList, type SummaryRow } from '../../../ui/SummaryList';
import { WarningText } from '../../../ui/WarningText';
import { LoadFailed } from '../../app/components/StatusContent';
import { formatDate } from '../../app/utils/dates';
import { CrossPanelMatchDetailsQuery } from '../graphql/cross-panel-match-details.query';

/** The other panel's record, once both chairs agreed: each reading is a disclosure, logged in that panel's log. */
export function SharedDetails({ matchId }: { matchId: string }) {
  const { data, error } = useQuery(CrossPanelMatchDetailsQuery, { variables: { id: matchId }, fetchPolicy: 'network-only' });
  if (error && !data) return <LoadFailed message={error.message} />;
  if (!data) return <Loading />;
  const d = data.crossPanelMatchDetails;
  const rows: SummaryRow[] = [{ key: 'Their reference', value: d.reference }];
  if (d.nominal) {
    rows.push(
      { key: 'Surname', value: d.nominal.surname },
      { key: 'Forenames', value: d.nominal.forenames || 'None recorded' },
      { key: 'Date of birth', value: d.nominal.dateOfBirth ? formatDate(d.nominal.dateOfBirth) : 'Not recorded' },
      { key: 'Aliases', value: d.nominal.aliases.length ? d.nominal.aliases.join(', ') : 'None recorded' },
    );
  }
  if (d.vehicle) {
    rows.push(
      { key: 'Registration', value: d.vehicle.registration },
      { key: 'Make and model', value: [d.vehicle.make, d.vehicle.model].filter(Boolean).join(' ') || 'Not recorded' },
      { key: 'Colour', value: d.vehicle.colour ?? 'Not recorded' },
    );
  }
  if (d.group) {
    rows.push(
      { key: 'Name', value: d.group.name },
      { key: 'Status', value: OCG_STATUS_LABELS[d.group.status] ?? d.group.status },
      { key: 'Tier', value: d.group.tier ?? 'Not scored' },
      { key: 'Score', value: d.group.scoreTotal === null ? 'Not scored' : String(d.group.scoreTotal) },
    );
  }
  return (
    <section aria-labelledby="shared-details">
      <h2 className="govuk-heading-m" id="shared-details">
        Details shared by {d.otherPanelName}
      </h2>
      <WarningText>{`Each time these details are shown, it is logged as a disclosure to your agency in ${d.otherPanelName}’s log.`}</WarningText>
      <SummaryList rows={rows} />
    </section>
  );
}
