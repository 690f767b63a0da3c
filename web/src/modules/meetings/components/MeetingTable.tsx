import { Link } from 'react-router';
import { getFragmentData, type FragmentType } from '../../../gql';
import type { MeetingRowFragment as MeetingRow } from '../../../gql/graphql';
import { Table, type TableColumn } from '../../../ui/Table';
import { MeetingRowFragment } from '../graphql/meeting-row.fragment';
import { formatMeetingWhen } from '../utils/dates';
import { MEETING_MODE_LABELS } from '@sentinel/shared';
import { MeetingStatusTag, replyText } from './MeetingTags';

type Props = { meetings: ReadonlyArray<FragmentType<typeof MeetingRowFragment>>; caption: string };

const columns: TableColumn<MeetingRow>[] = [
  {
    key: 'meeting',
    header: 'Meeting',
    cell: (m) => (
      <Link className="govuk-link" to={`/meetings/${m.id}`}>
        {formatMeetingWhen(m.startsAt, m.endsAt)}
      </Link>
    ),
  },
  { key: 'where', header: 'Where', cell: (m) => (m.mode === 'TEAMS' ? MEETING_MODE_LABELS.TEAMS : (m.location ?? MEETING_MODE_LABELS.IN_PERSON)) },
  { key: 'status', header: 'Status', cell: (m) => <MeetingStatusTag status={m.status} /> },
  { key: 'reply', header: 'My reply', cell: (m) => (m.myReply ? replyText(m.myReply) : 'Not expected') },
];

export function MeetingTable({ meetings, caption }: Props) {
  const rows = getFragmentData(MeetingRowFragment, meetings);
  return <Table caption={caption} captionVisible columns={columns} rows={[...rows]} rowKey={(m) => m.id} />;
}
