import { Link, useParams } from 'react-router';
import { PERMISSIONS } from '@sentinel/shared';
import { BackLink } from '../ui/BackLink';
import { Loading } from '../ui/Loading';
import { SummaryList } from '../ui/SummaryList';
import { AgendaSection } from '../modules/agenda/components/AgendaSection';
import { MeetingDocumentLinks } from '../modules/agenda/components/AgendaPackLinks';
import { RequirePermission } from '../modules/app/components/RequirePermission';
import { LoadFailed, NotFoundContent } from '../modules/app/components/StatusContent';
import { usePageTitle } from '../modules/app/usePageTitle';
import { hasErrorCode } from '../modules/app/utils/api-errors';
import { holds, useViewer } from '../modules/app/viewer-context';
import { AttendanceRegister } from '../modules/meetings/components/AttendanceRegister';
import { MeetingCalendarLink } from '../modules/meetings/components/CalendarLink';
import { ConfidentialityAcknowledgement } from '../modules/meetings/components/ConfidentialityAcknowledgement';
import { MeetingStatusTag } from '../modules/meetings/components/MeetingTags';
import { MeetingWhere } from '../modules/meetings/components/MeetingWhere';
import { ReplyForm } from '../modules/meetings/components/ReplyForm';
import { HitCheckSummary } from '../modules/hit-checks/components/HitCheckSummary';
import { useMeeting } from '../modules/meetings/components/useMeeting';
import { formatMeetingWhen } from '../modules/meetings/utils/dates';

function Meeting({ id }: { id: string }) {
  const { viewer, membership } = useViewer();
  const { meeting, error } = useMeeting(id);
  usePageTitle(meeting ? meeting.title : 'Meeting');
  if (hasErrorCode(error, 'NOT_FOUND')) return <NotFoundContent />;
  if (error && !meeting) return <LoadFailed message={error.message} />;
  if (!meeting || !membership) return <Loading />;
  const manage = holds(membership, PERMISSIONS.MEETING_MANAGE);
  const canReply =
    holds(membership, PERMISSIONS.MEETING_REPLY) && meeting.myReply !== null && ['PLANNED', 'AGENDA_PUBLISHED'].includes(meeting.status);
  const mine = meeting.attendance.find((a) => a.userId === viewer.id);
  const acknowledging = mine !== undefined && ['AGENDA_PUBLISHED', 'IN_PROGRESS'].includes(meeting.status);
  const started = ['IN_PROGRESS', 'MINUTES_DRAFT', 'MINUTES_APPROVED'].includes(meeting.status);
  // Until it is published the agenda is the working draft of those who run the meeting; the API answers others as for no agenda.
  const published = meeting.status !== 'PLANNED' && !(meeting.status === 'CANCELLED' && !meeting.agendaPublishedAt);
  return (
    <>
      <BackLink to="/meetings">Back to meetings</BackLink>
      <span className="govuk-caption-l">{membership.panel.name}</span>
      <h1 className="govuk-heading-l">{meeting.title}</h1>
      <SummaryList
        rows={[
          { key: 'When', value: formatMeetingWhen(meeting.startsAt, meeting.endsAt) },
          { key: 'Where', value: <MeetingWhere mode={meeting.mode} teamsUrl={meeting.teamsUrl} location={meeting.location} /> },
          { key: 'Status', value: <MeetingStatusTag status={meeting.status} /> },
        ]}
      />
      <ul className="govuk-list app-inline-list">
        {meeting.status !== 'CANCELLED' && (
          <li>
            <MeetingCalendarLink key={meeting.version} meetingId={meeting.id} />
          </li>
        )}
        {manage && ['PLANNED', 'AGENDA_PUBLISHED'].includes(meeting.status) && (
          <li>
            <Link className="govuk-link" to={`/meetings/${meeting.id}/edit`}>
              Move or cancel this meeting
            </Link>
          </li>
        )}
        {(meeting.status === 'IN_PROGRESS' || (manage && meeting.status === 'AGENDA_PUBLISHED')) && (
          <li>
            <Link className="govuk-link" to={`/meetings/${meeting.id}/live`}>
              {manage ? 'Run the meeting live' : 'Follow the meeting live'}
            </Link>
          </li>
        )}
        {started && (
          <li>
            <Link className="govuk-link" to={`/meetings/${meeting.id}/minutes`}>
              Minutes
            </Link>
          </li>
        )}
      </ul>
      {canReply && (
        <section className="app-section" aria-labelledby="your-reply">
          <h2 className="govuk-heading-m" id="your-reply" tabIndex={-1}>
            Your reply
          </h2>
          <ReplyForm
            meetingId={meeting.id}
            panelId={membership.panelId}
            agencyId={viewer.agencyId ?? null}
            userId={viewer.id}
            myReply={meeting.myReply}
          />
        </section>
      )}
      {acknowledging && <ConfidentialityAcknowledgement meetingId={meeting.id} acknowledgedAt={mine.confidentialityAcknowledgedAt} />}
      <section className="app-section" aria-labelledby="agenda-heading">
        <h2 className="govuk-heading-m" id="agenda-heading" tabIndex={-1}>
          Agenda
        </h2>
        {manage || published ? (
          <AgendaSection meetingId={meeting.id} panelId={membership.panelId} canManage={manage} />
        ) : (
          <p className="govuk-body">The agenda will be shown here once the chair publishes it.</p>
        )}
        {meeting.status !== 'PLANNED' && meeting.status !== 'CANCELLED' && (
          <>
            <h3 className="govuk-heading-s">Agenda pack</h3>
            <MeetingDocumentLinks meetingId={meeting.id} show="pack" />
          </>
        )}
      </section>
      {published && meeting.status !== 'CANCELLED' && (
        <section className="app-section" aria-labelledby="hit-check-heading">
          <h2 className="govuk-heading-m" id="hit-check-heading">
            Hit/no-hit check
          </h2>
          <HitCheckSummary meetingId={meeting.id} canCirculate={manage && meeting.status === 'AGENDA_PUBLISHED'} />
        </section>
      )}
      {manage && (
        <section className="app-section" aria-labelledby="register">
          <h2 className="govuk-heading-m" id="register">
            Attendance
          </h2>
          <AttendanceRegister key={meeting.version} meetingId={meeting.id} lines={meeting.attendance} />
        </section>
      )}
    </>
  );
}

export function MeetingPage() {
  const { id = '' } = useParams();
  return (
    <RequirePermission permission={PERMISSIONS.MEETING_READ}>
      <Meeting key={id} id={id} />
    </RequirePermission>
  );
}
