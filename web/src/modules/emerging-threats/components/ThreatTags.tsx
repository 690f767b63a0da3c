import { EMERGING_THREAT_OUTCOME_LABELS, EMERGING_THREAT_STATUS_LABELS, type EmergingThreatStatus } from '@sentinel/shared';
import { Tag, type TagColour } from '../../../ui/Tag';
import type { EmergingThreatFieldsFragment } from '../../../gql/graphql';
import { formatMeetingDate } from '../../meetings/utils/dates';

const COLOURS: Record<EmergingThreatStatus, TagColour> = {
  RAISED: 'blue',
  ON_AGENDA: 'turquoise',
  DISCUSSED: 'purple',
  TASKED: 'green',
  NO_ACTION: 'grey',
};

export function ThreatStatusTag({ status }: { status: EmergingThreatStatus }) {
  return <Tag colour={COLOURS[status]}>{EMERGING_THREAT_STATUS_LABELS[status]}</Tag>;
}

/** Coverage over meetings: what each meeting did about the threat. */
export function ThreatCoverage({ outcomes }: { outcomes: EmergingThreatFieldsFragment['outcomes'] }) {
  if (outcomes.length === 0) return <>Not yet covered at a meeting</>;
  return (
    <ul className="govuk-list">
      {outcomes.map((o) => (
        <li key={`${o.meeting.id}-${o.recordedAt}`}>
          {formatMeetingDate(o.meeting.startsAt)}: {EMERGING_THREAT_OUTCOME_LABELS[o.outcome]}
          {o.note ? `. ${o.note}` : ''}
        </li>
      ))}
    </ul>
  );
}
