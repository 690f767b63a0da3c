import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Link, useNavigate } from 'react-router';
import type { AgendaItemFieldsFragment } from '../../../gql/graphql';
import { Button, ButtonGroup } from '../../../ui/Button';
import { ConfirmStep } from '../../../ui/ConfirmStep';
import { Select } from '../../../ui/Select';
import { WarningText } from '../../../ui/WarningText';
import { LoadFailed } from '../../app/components/StatusContent';
import { apiErrors, hasErrorCode } from '../../app/utils/api-errors';
import { DraftMinutesMutation } from '../graphql/draft-minutes.mutation';
import { CloseMeetingMutation } from '../graphql/close-meeting.mutation';
import { SetCurrentItemMutation } from '../graphql/set-current-item.mutation';

type Props = { meetingId: string; items: AgendaItemFieldsFragment[]; currentItemId: string | null };

// The chair steps through the agenda; every attendee's screen follows through the meetingLive subscription.
export function LiveChairControls({ meetingId, items, currentItemId }: Props) {
  const [failed, setFailed] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const [pick, setPick] = useState('');
  const [setCurrent, setting] = useMutation(SetCurrentItemMutation, { refetchQueries: ['Agenda'] });
  const index = items.findIndex((i) => i.id === currentItemId);

  const goTo = async (item: AgendaItemFieldsFragment | undefined) => {
    if (!item) return;
    setFailed('');
    try {
      await setCurrent({ variables: { meetingId, itemId: item.id } });
      setAnnouncement(`Moved on to item ${item.position}: ${item.title}.`);
    } catch (e) {
      setFailed(apiErrors(e)[0]?.message ?? 'The meeting did not move on');
    }
  };
  const submitPick = (event: FormEvent) => {
    event.preventDefault();
    void goTo(items.find((i) => i.id === pick));
  };

  return (
    <>
      {failed && <LoadFailed message={failed} />}
      <p className="govuk-body" role="status">
        {announcement}
      </p>
      <ButtonGroup>
        <Button type="button" variant="secondary" disabled={setting.loading || index <= 0} onClick={() => void goTo(items[index - 1])}>
          Previous item
        </Button>
        <Button type="button" disabled={setting.loading || index >= items.length - 1} onClick={() => void goTo(items[index + 1])}>
          Next item
        </Button>
      </ButtonGroup>
      <form className="app-filters" onSubmit={submitPick} aria-label="Go to an item">
        <Select
          id="go-to-item"
          label="Go to item"
          value={pick}
          options={[{ value: '', label: 'Choose an item' }, ...items.map((i) => ({ value: i.id, label: `${i.position}. ${i.title}` }))]}
          onChange={setPick}
        />
        <button type="submit" className="govuk-button govuk-button--secondary" disabled={!pick || setting.loading}>
          Go to item
        </button>
      </form>
    </>
  );
}

type CloseProps = {
  meetingId: string;
  /** People recorded as present in the register, as the page last read it. */
  presentCount: number;
};

/**
 * Closing ends the meeting for everyone, so it asks first: how many are recorded as present, and plainly when
 * no one is (the minutes would record no one). The API refuses an empty register (EMPTY_REGISTER) unless that
 * is confirmed, so a register emptied since the page loaded is caught too.
 */
export function CloseMeetingSection({ meetingId, presentCount }: CloseProps) {
  const navigate = useNavigate();
  const [failed, setFailed] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [emptyRegister, setEmptyRegister] = useState(false);
  const [close, closing] = useMutation(CloseMeetingMutation, { refetchQueries: ['Meeting'] });
  const [draft] = useMutation(DraftMinutesMutation);
  const empty = presentCount === 0 || emptyRegister;
  const closeMeeting = async () => {
    setFailed('');
    try {
      await close({ variables: { meetingId, confirmEmptyRegister: empty } });
      // Version 1 of the minutes is drafted from what was recorded, ready for the chair to edit and approve.
      await draft({ variables: { meetingId } }).catch(() => undefined);
      await navigate(`/meetings/${meetingId}/minutes`);
    } catch (e) {
      if (hasErrorCode(e, 'EMPTY_REGISTER')) setEmptyRegister(true);
      setFailed(apiErrors(e)[0]?.message ?? 'The meeting was not closed');
    }
  };
  return (
    <section className="app-section" aria-labelledby="end-meeting">
      {failed && <LoadFailed message={failed} />}
      <h2 className="govuk-heading-m" id="end-meeting">
        End the meeting
      </h2>
      {confirming ? (
        <ConfirmStep
          level={3}
          title="Are you sure you want to close the meeting?"
          confirmText={empty ? 'Close with no one recorded as present' : 'Close meeting'}
          busy={closing.loading}
          onConfirm={() => void closeMeeting()}
          onCancel={() => setConfirming(false)}
        >
          <p className="govuk-body">This ends the meeting for everyone and drafts the minutes from what was recorded.</p>
          {empty ? (
            <>
              <WarningText>No one has been recorded as present. The minutes will say that no one attended.</WarningText>
              <p className="govuk-body">
                <Link className="govuk-link" to={`/meetings/${meetingId}#register`}>
                  Mark the attendance register first
                </Link>{' '}
                unless no one attended.
              </p>
            </>
          ) : (
            <p className="govuk-body">
              {presentCount} {presentCount === 1 ? 'person is' : 'people are'} recorded as present.
            </p>
          )}
        </ConfirmStep>
      ) : (
        <>
          <p className="govuk-body">Closing ends the meeting for everyone and drafts the minutes from what was recorded.</p>
          <Button type="button" variant="warning" onClick={() => setConfirming(true)}>
            Close meeting
          </Button>
        </>
      )}
    </section>
  );
}
