import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { PERMISSIONS } from '@sentinel/shared';
import { Link } from 'react-router';
import { Loading } from '../ui/Loading';
import { RequirePermission } from '../modules/app/components/RequirePermission';
import { LoadFailed } from '../modules/app/components/StatusContent';
import { usePageTitle } from '../modules/app/usePageTitle';
import { holds, useViewer } from '../modules/app/viewer-context';
import { MeetingTable } from '../modules/meetings/components/MeetingTable';
import { NextMeeting } from '../modules/meetings/components/NextMeeting';
import { MeetingsQuery } from '../modules/meetings/graphql/meetings.query';
import { NextMeetingQuery } from '../modules/meetings/graphql/next-meeting.query';

function Meetings({ panelId, canReply }: { panelId: string; canReply: boolean }) {
  // Fixed for the life of the page, so the variables do not change on every render.
  const [now] = useState(() => new Date().toISOString());
  const next = useQuery(NextMeetingQuery, { variables: { panelId } });
  const upcoming = useQuery(MeetingsQuery, { variables: { panelId, from: now, to: null, limit: 25, offset: 0 } });
  const past = useQuery(MeetingsQuery, { variables: { panelId, from: null, to: now, limit: 50, offset: 0 } });
  return (
    <>
      {next.error && !next.data ? (
        <LoadFailed message={next.error.message} />
      ) : !next.data ? (
        <Loading />
      ) : next.data.nextMeeting ? (
        <NextMeeting meeting={next.data.nextMeeting} canReply={canReply} />
      ) : (
        <p className="govuk-body">No meeting is scheduled.</p>
      )}
      {upcoming.data && upcoming.data.meetings.nodes.length > 0 && (
        <MeetingTable meetings={upcoming.data.meetings.nodes} caption="Upcoming meetings" />
      )}
      {past.data && past.data.meetings.nodes.length > 0 && (
        <MeetingTable meetings={[...past.data.meetings.nodes].reverse()} caption="Past meetings" />
      )}
      {(upcoming.error || past.error) && <LoadFailed message={(upcoming.error ?? past.error)?.message ?? ''} />}
    </>
  );
}

export function MeetingsPage() {
  const { membership } = useViewer();
  usePageTitle('Meetings');
  return (
    <RequirePermission permission={PERMISSIONS.MEETING_READ}>
      <h1 className="govuk-heading-l">Meetings</h1>
      <nav aria-label="Meeting pages">
        <ul className="govuk-list app-inline-list">
          {holds(membership, PERMISSIONS.MEETING_MANAGE) && (
            <li>
              <Link className="govuk-link" to="/meetings/schedule">
                Meeting schedule
              </Link>
            </li>
          )}
          <li>
            <Link className="govuk-link" to="/emerging-threats">
              Emerging threats
            </Link>
          </li>
          <li>
            <Link className="govuk-link" to="/meetings/attendance">
              Attendance figures
            </Link>
          </li>
        </ul>
      </nav>
      {membership && <Meetings key={membership.panelId} panelId={membership.panelId} canReply={holds(membership, PERMISSIONS.MEETING_REPLY)} />}
    </RequirePermission>
  );
}
