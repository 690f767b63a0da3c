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
import { MeetingStatusTag } from '../modules/meetings/components/MeetingTags';
import { useMeeting } from '../modules/meetings/components/useMeeting';

function Live({ id }: { id: string }) {
  const { membership } = useViewer();
  const { meeting, error } = useMeeting(id);
  usePageTitle(meeting ? `Live: ${meeting.title}` : 'Live meeting');
  if (hasErrorCode(error, 'NOT_FOUND')) return <NotFoundContent />;
  if (error && !meeting) return <LoadFailed message={error.message} />;
  if (!meeting || !membership) return <Loading />;
  return (
    <>
      <BackLink to={`/meetings/${meeting.id}`}>Back to the meeting</BackLink>
      <span className="govuk-caption-l">{meeting.title}</span>
      <h1 className="govuk-heading-l">Live meeting</h1>
      <p className="govuk-body">
        <MeetingStatusTag status={meeting.status} />
      </p>
      {holds(membership, PERMISSIONS.MEETING_MANAGE) ? (
        <LiveChair meetingId={meeting.id} panelId={membership.panelId} />
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
