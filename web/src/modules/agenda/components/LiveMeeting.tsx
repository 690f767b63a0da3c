import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { getFragmentData } from '../../../gql';
import { Button } from '../../../ui/Button';
import { Loading } from '../../../ui/Loading';
import { LoadFailed } from '../../app/components/StatusContent';
import { apiErrors } from '../../app/utils/api-errors';
import { ThreatOutcomeForm } from '../../emerging-threats/components/ThreatOutcomeForm';
import { AgendaFieldsFragment } from '../graphql/agenda.fragment';
import { AgendaItemFieldsFragment } from '../graphql/agenda-item.fragment';
import { AgendaQuery } from '../graphql/agenda.query';
import { MeetingLiveFieldsFragment } from '../graphql/meeting-live.fragment';
import { OpenMeetingMutation } from '../graphql/open-meeting.mutation';
import { ItemMinutesForm } from './ItemMinutesForm';
import { CloseMeetingSection, LiveChairControls } from './LiveChairControls';
import { NowDiscussing } from './LiveFollowerView';
import { RaiseTaskAtItem } from './RaiseTaskAtItem';
import { useMeetingLive } from './useMeetingLive';

type Props = { meetingId: string; panelId: string; presentCount: number };

/** Everyone but those running the meeting: a read-only view that follows the current item. */
export function LiveFollower({ meetingId }: Pick<Props, 'meetingId'>) {
  const { live, currentItem, error } = useMeetingLive(meetingId);
  if (error && !live) return <LoadFailed message={error.message} />;
  if (!live) return <Loading />;
  return <NowDiscussing meetingId={meetingId} status={live.status} currentItem={currentItem} currentItemStartedAt={live.currentItemStartedAt} />;
}

/** The chair and coordinator: open the meeting, step through it, record minutes, tasks and outcomes, close it. */
export function LiveChair({ meetingId, panelId, presentCount }: Props) {
  const agendaQuery = useQuery(AgendaQuery, { variables: { meetingId } });
  const { live, currentItem, error, refetch } = useMeetingLive(meetingId, () => void agendaQuery.refetch().catch(() => undefined));
  const agenda = getFragmentData(AgendaFieldsFragment, agendaQuery.data?.agenda);
  const items = getFragmentData(AgendaItemFieldsFragment, agenda?.items ?? []);
  const [failed, setFailed] = useState('');
  const [open, opening] = useMutation(OpenMeetingMutation, { refetchQueries: ['Meeting', 'Agenda'] });

  if (error && !live) return <LoadFailed message={error.message} />;
  if (!live || !agenda) return <Loading />;

  if (live.status === 'PLANNED') {
    return (
      <p className="govuk-body">
        Publish the agenda before the meeting is opened.{' '}
        <Link className="govuk-link" to={`/meetings/${meetingId}#agenda`}>
          Go to the agenda
        </Link>
      </p>
    );
  }
  if (live.status === 'AGENDA_PUBLISHED') {
    return (
      <>
        {failed && <LoadFailed message={failed} />}
        <p className="govuk-body">Opening the meeting starts it on the first item. Everyone following the meeting sees it move on.</p>
        <Button
          type="button"
          disabled={opening.loading}
          onClick={() => {
            setFailed('');
            open({ variables: { meetingId } }).catch((e: unknown) => setFailed(apiErrors(e)[0]?.message ?? 'The meeting was not opened'));
          }}
        >
          Open meeting
        </Button>
      </>
    );
  }
  const threats = currentItem?.records.filter((r) => r.kind === 'EMERGING_THREAT') ?? [];
  return (
    <>
      <NowDiscussing meetingId={meetingId} status={live.status} currentItem={currentItem} currentItemStartedAt={live.currentItemStartedAt} />
      {live.status === 'IN_PROGRESS' && (
        <>
          <LiveChairControls meetingId={meetingId} items={[...items]} currentItemId={currentItem?.id ?? null} />
          {currentItem && (
            <>
              <section className="app-section" aria-labelledby="item-minutes">
                <h2 className="govuk-heading-m" id="item-minutes">
                  Minutes for this item
                </h2>
                <ItemMinutesForm
                  key={currentItem.id}
                  item={currentItem}
                  reload={async () => {
                    const reloaded = getFragmentData(MeetingLiveFieldsFragment, (await refetch()).data?.liveMeeting);
                    return getFragmentData(AgendaItemFieldsFragment, reloaded?.currentItem)?.version;
                  }}
                />
              </section>
              {threats.length > 0 && (
                <section className="app-section" aria-labelledby="item-threats">
                  <h2 className="govuk-heading-m" id="item-threats">
                    Emerging threats at this item
                  </h2>
                  {threats.map((t) => (
                    <ThreatOutcomeForm key={`${currentItem.id}:${t.recordId}`} meetingId={meetingId} threatId={t.recordId} title={t.title} />
                  ))}
                </section>
              )}
              <section className="app-section" aria-labelledby="item-tasks">
                <h2 className="govuk-heading-m" id="item-tasks">
                  Tasks at this item
                </h2>
                <RaiseTaskAtItem key={currentItem.id} panelId={panelId} item={currentItem} />
              </section>
            </>
          )}
          <CloseMeetingSection meetingId={meetingId} presentCount={presentCount} />
        </>
      )}
    </>
  );
}
