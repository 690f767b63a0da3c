import { Link } from 'react-router';
import { useQuery, useSubscription } from '@apollo/client/react';
import { PERMISSIONS } from '@sentinel/shared';
import { Loading } from '../ui/Loading';
import { LoadFailed } from '../modules/app/components/StatusContent';
import { RequirePermission } from '../modules/app/components/RequirePermission';
import { usePageTitle } from '../modules/app/usePageTitle';
import { useViewer } from '../modules/app/viewer-context';
import { MeetingLiveSubscription } from '../modules/agenda/graphql/meeting-live.subscription';
import { ProjectorBoard } from '../modules/projector/components/ProjectorBoard';
import { ProjectorQuery } from '../modules/projector/graphql/projector.query';

/** Follows the meeting: every live event (item changed, opened, closed) refetches the screen's figures. */
function ProjectorContent({ panelId }: { panelId: string }) {
  const { data, error, loading, refetch } = useQuery(ProjectorQuery, { variables: { panelId }, pollInterval: 5 * 60 * 1000 });
  const meetingId = data?.projector.meeting?.id;
  useSubscription(MeetingLiveSubscription, {
    variables: { meetingId: meetingId ?? '' },
    skip: !meetingId,
    onData: () => void refetch().catch(() => undefined),
  });
  if (error) return <LoadFailed message="The projector view could not be loaded. Try again later." />;
  if (loading && !data) return <Loading />;
  if (!data) return null;
  return <ProjectorBoard projector={data.projector} live={data.projector.meeting?.status === 'IN_PROGRESS'} />;
}

export function ProjectorPage() {
  const { membership } = useViewer();
  usePageTitle('Projector view');
  return (
    <RequirePermission permission={PERMISSIONS.MEETING_READ}>
      {membership && <ProjectorContent panelId={membership.panelId} />}
      <p className="govuk-body">
        <Link className="govuk-link" to="/threat-picture">
          Leave the projector view
        </Link>
      </p>
    </RequirePermission>
  );
}
