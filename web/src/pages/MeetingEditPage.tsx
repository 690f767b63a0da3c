import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Link, useNavigate, useParams } from 'react-router';
import { MEETING_MODE_LABELS, PERMISSIONS } from '@sentinel/shared';
import { BackLink } from '../ui/BackLink';
import { Button } from '../ui/Button';
import { ConfirmStep } from '../ui/ConfirmStep';
import { Loading } from '../ui/Loading';
import { useServerErrors } from '../modules/agencies/components/useAgencyFormErrors';
import { RequirePermission } from '../modules/app/components/RequirePermission';
import { LoadFailed, NotFoundContent } from '../modules/app/components/StatusContent';
import { useConflict, useOpenedVersion } from '../modules/app/useConflict';
import { usePageTitle } from '../modules/app/usePageTitle';
import { apiErrors, hasErrorCode } from '../modules/app/utils/api-errors';
import { MoveMeetingForm } from '../modules/meetings/components/MoveMeetingForm';
import { useMeeting } from '../modules/meetings/components/useMeeting';
import { CancelMeetingMutation } from '../modules/meetings/graphql/cancel-meeting.mutation';
import { MoveMeetingMutation } from '../modules/meetings/graphql/move-meeting.mutation';
import { MOVE_FORM_FIELDS, moveFormFrom, moveInput, moveReview, type MeetingReviewValues } from '../modules/meetings/utils/move-form';

function EditMeeting({ id }: { id: string }) {
  const navigate = useNavigate();
  // Opened from the server, not the cache, so that the form starts from the newest version.
  const { meeting, error, reload } = useMeeting(id, 'network-only');
  const version = useOpenedVersion(meeting?.version);
  const conflict = useConflict<MeetingReviewValues>('Meeting');
  const server = useServerErrors(MOVE_FORM_FIELDS);
  const [confirming, setConfirming] = useState(false);
  const [cancelFailed, setCancelFailed] = useState('');
  const [move, moving] = useMutation(MoveMeetingMutation, { refetchQueries: ['Meetings', 'NextMeeting'] });
  const [cancel, cancelling] = useMutation(CancelMeetingMutation, { refetchQueries: ['Meetings', 'NextMeeting'] });
  usePageTitle('Move or cancel the meeting', server.hasErrors);
  if (hasErrorCode(error, 'NOT_FOUND')) return <NotFoundContent />;
  if (error && !meeting) return <LoadFailed message={error.message} />;
  if (!meeting) return <Loading />;
  const back = `/meetings/${meeting.id}`;
  if (confirming) {
    return (
      <ConfirmStep
        title={`Cancel the meeting on ${meeting.title.replace(/^Panel meeting, /, '')}?`}
        confirmText="Cancel meeting"
        cancelText="Keep the meeting"
        busy={cancelling.loading}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setCancelFailed('');
          cancel({ variables: { id: meeting.id, version: meeting.version } })
            .then(() => navigate(back))
            .catch((e: unknown) => {
              setConfirming(false);
              setCancelFailed(apiErrors(e)[0]?.message ?? 'The meeting was not cancelled');
            });
        }}
      >
        <p className="govuk-body">Members keep the invitation in their calendars until they remove it. Tell them it is cancelled.</p>
      </ConfirmStep>
    );
  }
  return (
    <>
      <BackLink to={back}>Back to the meeting</BackLink>
      <span className="govuk-caption-l">{meeting.title}</span>
      <h1 className="govuk-heading-l">Move or cancel the meeting</h1>
      {conflict.review(moveReview(moveFormFrom(meeting)), { mode: MEETING_MODE_LABELS })}
      {cancelFailed && <LoadFailed message={cancelFailed} />}
      <MoveMeetingForm
        initial={moveFormFrom(meeting)}
        serverErrors={server.fieldErrors}
        serverGeneral={server.general}
        submitting={moving.loading}
        cancel={
          <Link className="govuk-link" to={back}>
            Back without saving
          </Link>
        }
        onSubmit={async (v) => {
          server.clear();
          try {
            await move({ variables: { input: moveInput(meeting.id, version.current(), v) } });
            await navigate(back);
          } catch (e) {
            server.show(e);
            await conflict.caught(e, moveReview(v), async () => version.moveTo((await reload())?.version));
          }
        }}
      />
      <h2 className="govuk-heading-m">Cancel the meeting</h2>
      <p className="govuk-body">A meeting can be cancelled until it starts. The rest of the series is not changed.</p>
      <Button type="button" variant="warning" onClick={() => setConfirming(true)}>
        Cancel this meeting
      </Button>
    </>
  );
}

export function MeetingEditPage() {
  const { id = '' } = useParams();
  return (
    <RequirePermission permission={PERMISSIONS.MEETING_MANAGE}>
      <EditMeeting key={id} id={id} />
    </RequirePermission>
  );
}
