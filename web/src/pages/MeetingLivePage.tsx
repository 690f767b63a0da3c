import { useParams } from 'react-router';
import { PERMISSIONS } from '@sentinel/shared';
import { BackLink } from '../ui/BackLink';
import { Loading } from '../ui/Loading';
import { LiveChair, LiveFollower } from '../modules/agenda/components/LiveMeeting';
import { RequirePermission } from '../modules/app/components/RequirePermission';
import { LoadFailed, NotFoundContent } from '../modules/app/components/StatusContent';
import { usePageTitle } from '../modules/app/usePageTitle';
import { hasErrorCode } from '../modules/app/utils/api-errors';
import { holds, useViewer } from '../modules/app/viewer-context';
import { ConfidentialityAcknowledgement } from '../modules/meetings/components/ConfidentialityAcknowledgement';
import { MeetingStatusTag } from '../modules/meetings/components/MeetingTags';
import { useMeeting } from '../modules/meetings/components/useMeeting';

function Live({ id }: { id: string }) {
  const { viewer, membership } = useViewer();
  const { meeting, error } = useMeeting(id);
  usePageTitle(meeting ? `Live: ${meeting.title}` : 'Live meeting');
  if (hasErrorCode(error, 'NOT_FOUND')) return <NotFoundContent />;
  if (error && !meeting) return <LoadFailed message={error.message} />;
  if (!meeting || !membership) return <Loading />;
  const mine = meeting.attendance.find((a) => a.userId === viewer.id);
  return (
    <>
      <BackLink to={`/meetings/${meeting.id}`}>Back to the meeting</BackLink>
      <span className="govuk-caption-l">{meeting.title}</span>
      <h1 className="govuk-heading-l">Live meeting</h1>
      <p className="govuk-body">
        <MeetingStatusTag status={meeting.status} />
      </p>
      {mine && meeting.status === 'IN_PROGRESS' && (
        <ConfidentialityAcknowledgement meetingId={meeting.id} acknowledgedAt={mine.confidentialityAcknowledgedAt} />
      )}
      {holds(membership, PERMISSIONS.MEETING_MANAGE) ? (
        <LiveChair
          meetingId={meeting.id}
          panelId={membership.panelId}
          presentCount={meeting.attendance.filter((a) => a.presence === 'IN_PERSON' || a.presence === 'REMOTE').length}
        />
      ) : (
        <LiveFollower meetingId={meeting.id} />
      )}
    </>
  );
}

export function MeetingLivePage() {
  const { id = '' } = useParams();
  return (
    <RequirePermission permission={PERMISSIONS.MEETING_READ}>
      <Live key={id} id={id} />
    </RequirePermission>
  );
}
