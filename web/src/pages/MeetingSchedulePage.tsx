import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { MEETING_MODE_LABELS, PERMISSIONS } from '@sentinel/shared';
import { BackLink } from '../ui/BackLink';
import { Loading } from '../ui/Loading';
import { NotificationBanner } from '../ui/NotificationBanner';
import { useServerErrors } from '../modules/agencies/components/useAgencyFormErrors';
import { RequirePermission } from '../modules/app/components/RequirePermission';
import { LoadFailed } from '../modules/app/components/StatusContent';
import { useConflict, useOpenedVersion } from '../modules/app/useConflict';
import { usePageTitle } from '../modules/app/usePageTitle';
import { useViewer } from '../modules/app/viewer-context';
import { SeriesCalendarLink } from '../modules/meetings/components/CalendarLink';
import { MeetingTable } from '../modules/meetings/components/MeetingTable';
import { SeriesForm } from '../modules/meetings/components/SeriesForm';
import { MeetingSeriesQuery } from '../modules/meetings/graphql/meeting-series.query';
import { MeetingsQuery } from '../modules/meetings/graphql/meetings.query';
import { SetMeetingSeriesMutation } from '../modules/meetings/graphql/set-meeting-series.mutation';
import { SERIES_FORM_FIELDS, seriesFormFrom, seriesInput, seriesReview, type SeriesReviewValues } from '../modules/meetings/utils/series-form';
import { describeRule } from '../modules/meetings/utils/series-rule';

function Schedule({ panelId }: { panelId: string }) {
  const [now] = useState(() => new Date().toISOString());
  const [saved, setSaved] = useState(false);
  const server = useServerErrors(SERIES_FORM_FIELDS);
  // Opened from the server, not the cache, so that the form starts from the newest version.
  const series = useQuery(MeetingSeriesQuery, { variables: { panelId }, fetchPolicy: 'network-only' });
  const version = useOpenedVersion(series.data?.meetingSeries?.version);
  const conflict = useConflict<SeriesReviewValues>('MeetingSeries');
  const meetings = useQuery(MeetingsQuery, { variables: { panelId, from: now, to: null, limit: 25, offset: 0 } });
  const [save, { loading }] = useMutation(SetMeetingSeriesMutation, {
    refetchQueries: ['Meetings', 'NextMeeting', 'SeriesInvite', 'MeetingSeries'],
    awaitRefetchQueries: true,
  });
  usePageTitle('Meeting schedule', server.hasErrors);
  if (series.error && !series.data) return <LoadFailed message={series.error.message} />;
  if (!series.data) return <Loading />;
  const current = series.data.meetingSeries;
  return (
    <>
      {saved && (
        <NotificationBanner success heading="Schedule saved">
          <p className="govuk-body">The next meetings have been generated. Send members the series so it is in their calendars.</p>
        </NotificationBanner>
      )}
      <h1 className="govuk-heading-l">Meeting schedule</h1>
      {current && (
        <p className="govuk-body">
          Currently: {describeRule(current.rule)}, from {current.startTime}.
        </p>
      )}
      {current && conflict.review(seriesReview(seriesFormFrom(current), current.rule), { firstMode: MEETING_MODE_LABELS })}
      <SeriesForm
        initial={seriesFormFrom(current)}
        serverErrors={server.fieldErrors}
        serverGeneral={server.general}
        submitting={loading}
        onSubmit={async (v) => {
          server.clear();
          setSaved(false);
          try {
            const { data } = await save({ variables: { input: seriesInput(panelId, v, current ? version.current() : null) } });
            version.moveTo(data?.setMeetingSeries.version);
            conflict.clear();
            setSaved(true);
          } catch (e) {
            server.show(e);
            await conflict.caught(e, seriesReview(v), async () => version.moveTo((await series.refetch()).data?.meetingSeries?.version));
          }
        }}
      />
      <h2 className="govuk-heading-m">Generated meetings</h2>
      {meetings.data && meetings.data.meetings.nodes.length > 0 ? (
        <>
          <MeetingTable meetings={meetings.data.meetings.nodes} caption="Upcoming meetings in the series" />
          <p className="govuk-body">
            <SeriesCalendarLink key={current?.version ?? 'none'} panelId={panelId} />
          </p>
        </>
      ) : (
        <p className="govuk-body">No meetings yet. Save the schedule to generate them.</p>
      )}
    </>
  );
}

export function MeetingSchedulePage() {
  const { membership } = useViewer();
  return (
    <RequirePermission permission={PERMISSIONS.MEETING_MANAGE}>
      <BackLink to="/meetings">Back to meetings</BackLink>
      {membership && <Schedule key={membership.panelId} panelId={membership.panelId} />}
    </RequirePermission>
  );
}
