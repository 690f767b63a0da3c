import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Link } from 'react-router';
import { LoadFailed } from '../../app/components/StatusContent';
import { apiErrors } from '../../app/utils/api-errors';
import { ReplyToMeetingMutation } from '../graphql/reply-to-meeting.mutation';

// One press from the meetings page; a substitute is named on the meeting's own page.
export function QuickReply({ meetingId }: { meetingId: string }) {
  const [message, setMessage] = useState('');
  const [failed, setFailed] = useState('');
  const [send, { loading }] = useMutation(ReplyToMeetingMutation, { refetchQueries: ['NextMeeting', 'Meetings'] });
  const reply = async (value: 'ATTENDING' | 'APOLOGIES') => {
    setMessage('');
    setFailed('');
    try {
      await send({ variables: { input: { meetingId, reply: value, substituteUserId: null } } });
      setMessage(value === 'ATTENDING' ? 'Reply sent: attending.' : 'Apologies sent.');
    } catch (e) {
      setFailed(apiErrors(e)[0]?.message ?? 'The reply was not sent');
    }
  };
  return (
    <>
      <div className="govuk-button-group">
        <button type="button" className="govuk-button" disabled={loading} onClick={() => reply('ATTENDING')}>
          Attending
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" disabled={loading} onClick={() => reply('APOLOGIES')}>
          Send apologies
        </button>
      </div>
      <p className="govuk-body" role="status">
        {message}
        {message.startsWith('Apologies') && (
          <>
            {' '}
            <Link className="govuk-link" to={`/meetings/${meetingId}#your-reply`}>
              Name a substitute from your agency
            </Link>
          </>
        )}
      </p>
      {failed && <LoadFailed message={failed} />}
    </>
  );
}
