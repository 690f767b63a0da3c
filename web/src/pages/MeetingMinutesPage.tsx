import { useParams } from 'react-router';
import { PERMISSIONS } from '@sentinel/shared';
import { BackLink } from '../ui/BackLink';
import { Loading } from '../ui/Loading';
import { RequirePermission } from '../modules/app/components/RequirePermission';
import { LoadFailed, NotFoundContent } from '../modules/app/components/StatusContent';
import { usePageTitle } from '../modules/app/usePageTitle';
import { hasErrorCode } from '../modules/app/utils/api-errors';
import { holds, useViewer } from '../modules/app/viewer-context';
import { useMeeting } from '../modules/meetings/components/useMeeting';
import { MinutesPanel } from '../modules/minutes/components/MinutesPanel';

function Minutes({ id }: { id: string }) {
  const { membership } = useViewer();
  const { meeting, error } = useMeeting(id);
  usePageTitle(meeting ? `Minutes: ${meeting.title}` : 'Minutes');
  if (hasErrorCode(error, 'NOT_FOUND')) return <NotFoundContent />;
  if (error && !meeting) return <LoadFailed message={error.message} />;
  if (!meeting || !membership) return <Loading />;
  return (
    <>
      <BackLink to={`/meetings/${meeting.id}`}>Back to the meeting</BackLink>
      <span className="govuk-caption-l">{meeting.title}</span>
      <h1 className="govuk-heading-l">Minutes</h1>
      <MinutesPanel
        meetingId={meeting.id}
        meetingStatus={meeting.status}
        canManage={holds(membership, PERMISSIONS.MEETING_MANAGE)}
        canApprove={holds(membership, PERMISSIONS.MINUTES_APPROVE)}
        register={meeting.attendance}
      />
    </>
  );
}

export function MeetingMinutesPage() {
  const { id = '' } = useParams();
  return (
    <RequirePermission permission={PERMISSIONS.MEETING_READ}>
      <Minutes key={id} id={id} />
    </RequirePermission>
  );
}
