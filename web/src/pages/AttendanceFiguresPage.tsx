import { useQuery } from '@apollo/client/react';
import { PERMISSIONS } from '@sentinel/shared';
import type { AttendanceFiguresQuery as Figures } from '../gql/graphql';
import { BackLink } from '../ui/BackLink';
import { Loading } from '../ui/Loading';
import { Table, type TableColumn } from '../ui/Table';
import { RequirePermission } from '../modules/app/components/RequirePermission';
import { LoadFailed } from '../modules/app/components/StatusContent';
import { usePageTitle } from '../modules/app/usePageTitle';
import { useViewer } from '../modules/app/viewer-context';
import { AttendanceFiguresQuery } from '../modules/meetings/graphql/attendance-figures.query';
import { formatMeetingDate } from '../modules/meetings/utils/dates';

type AgencyRow = Figures['attendanceFigures']['byAgency'][number];
type MeetingRow = Figures['attendanceFigures']['byMeeting'][number];

export function rateText(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? 'No meetings' : `${Math.round(rate * 100)}%`;
}

const agencyColumns: TableColumn<AgencyRow>[] = [
  { key: 'agency', header: 'Agency', cell: (r) => r.agencyName },
  { key: 'held', header: 'Meetings held', numeric: true, cell: (r) => r.meetingsHeld },
  { key: 'invited', header: 'Invited', numeric: true, cell: (r) => r.membersInvited },
  { key: 'inPerson', header: 'Present in person', numeric: true, cell: (r) => r.presentInPerson },
  { key: 'remote', header: 'Present remotely', numeric: true, cell: (r) => r.presentRemote },
  { key: 'apologies', header: 'Apologies', numeric: true, cell: (r) => r.apologies },
  { key: 'absent', header: 'Absent', numeric: true, cell: (r) => r.absent },
  { key: 'rate', header: 'Attendance rate', numeric: true, cell: (r) => rateText(r.attendanceRate) },
];

const meetingColumns: TableColumn<MeetingRow>[] = [
  { key: 'meeting', header: 'Meeting', cell: (r) => formatMeetingDate(r.startsAt) },
  { key: 'attendees', header: 'Members present', numeric: true, cell: (r) => `${r.attendees} of ${r.members}` },
  { key: 'inPerson', header: 'In person', numeric: true, cell: (r) => r.presentInPerson },
  { key: 'remote', header: 'Remote', numeric: true, cell: (r) => r.presentRemote },
  { key: 'agencies', header: 'Agencies represented', numeric: true, cell: (r) => `${r.agenciesRepresented} of ${r.agencies}` },
  { key: 'joined', header: 'Joined since the meeting before', numeric: true, cell: (r) => r.joined },
  { key: 'left', header: 'Left since the meeting before', numeric: true, cell: (r) => r.left },
];

function Figures({ panelId }: { panelId: string }) {
  const { data, error } = useQuery(AttendanceFiguresQuery, { variables: { panelId } });
  if (error && !data) return <LoadFailed message={error.message} />;
  if (!data) return <Loading />;
  const { byAgency, byMeeting } = data.attendanceFigures;
  if (byMeeting.length === 0) return <p className="govuk-body">No meetings have been held yet.</p>;
  return (
    <>
      <Table caption="Attendance by agency" captionVisible columns={agencyColumns} rows={byAgency} rowKey={(r) => r.agencyId} />
      <Table caption="Attendance by meeting" captionVisible columns={meetingColumns} rows={byMeeting} rowKey={(r) => r.meetingId} />
    </>
  );
}

export function AttendanceFiguresPage() {
  const { membership } = useViewer();
  usePageTitle('Attendance figures');
  return (
    <RequirePermission permission={PERMISSIONS.MEETING_READ}>
      <BackLink to="/meetings">Back to meetings</BackLink>
      <h1 className="govuk-heading-l">Attendance figures</h1>
      <p className="govuk-body">
        Meetings held so far, per agency and per meeting. An agency counts as represented when someone from it was present. Members and agencies are
        counted as the panel stood when each meeting began; a member leaves when their account is disabled.
      </p>
      {membership && <Figures key={membership.panelId} panelId={membership.panelId} />}
    </RequirePermission>
  );
}
