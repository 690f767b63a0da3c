import { Link } from 'react-router';
import { getFragmentData, type FragmentType } from '../../../gql';
import { MeetingRowFragment } from '../graphql/meeting-row.fragment';
import { formatMeetingWhen } from '../utils/dates';
import { MeetingStatusTag, replyText } from './MeetingTags';
import { MeetingWhere } from './MeetingWhere';
import { QuickReply } from './QuickReply';

type Props = { meeting: FragmentType<typeof MeetingRowFragment>; canReply: boolean };

export function NextMeeting({ meeting: ref, canReply }: Props) {
  const meeting = getFragmentData(MeetingRowFragment, ref);
  return (
    <section className="app-next-meeting" aria-labelledby="next-meeting">
      <h2 className="govuk-heading-m" id="next-meeting">
        Next meeting
      </h2>
      <p className="govuk-body-l govuk-!-margin-bottom-2">
        <Link className="govuk-link" to={`/meetings/${meeting.id}`}>
          {formatMeetingWhen(meeting.startsAt, meeting.endsAt)}
        </Link>
      </p>
      <p className="govuk-body">
        <MeetingWhere mode={meeting.mode} teamsUrl={meeting.teamsUrl} location={meeting.location} />
      </p>
      <p className="govuk-body">
        <MeetingStatusTag status={meeting.status} />
        {meeting.status === 'IN_PROGRESS' && (
          <>
            {' '}
            <Link className="govuk-link" to={`/meetings/${meeting.id}/live`}>
              Follow the meeting live
            </Link>
          </>
        )}
      </p>
      {meeting.myReply && (
        <>
          <p className="govuk-body">Your reply: {replyText(meeting.myReply)}</p>
          {canReply && meeting.status !== 'CANCELLED' && <QuickReply meetingId={meeting.id} />}
        </>
      )}
    </section>
  );
}
