import { useState } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { getFragmentData } from '../../../gql';
import type { MeetingMinutesFieldsFragment } from '../../../gql/graphql';
import { useServerErrors } from '../../agencies/components/useAgencyFormErrors';
import { useConflict, useOpenedVersion } from '../../app/useConflict';
import { MeetingDetailsFragment } from '../../meetings/graphql/meeting-details.fragment';
import { MeetingQuery } from '../../meetings/graphql/meeting.query';
import { CorrectMinutesMutation } from '../graphql/correct-minutes.mutation';
import { EditMinutesMutation } from '../graphql/edit-minutes.mutation';
import { MeetingMinutesFieldsFragment as MinutesFields } from '../graphql/meeting-minutes.fragment';
import { MeetingMinutesQuery } from '../graphql/meeting-minutes.query';
import {
  changedAttendance,
  changedItems,
  minutesFormFrom,
  minutesReview,
  minutesReviewLabels,
  typedParts,
  withParts,
  type MinutesFormValues,
  type RegisterLine,
} from '../utils/minutes-form';
import { MinutesForm } from './MinutesForm';

type Props = {
  meetingId: string;
  latest: MeetingMinutesFieldsFragment;
  register: readonly RegisterLine[];
  /** A correction of approved minutes (a new version) rather than an edit of the draft. */
  correction: boolean;
  onSaved: (message: string) => void;
  onCancel: () => void;
};

/**
 * Editing the draft, or recording a correction. The draft is saved against the version it opened with: minutes saved
 * by someone else meanwhile answer CONFLICT and are read again, with the register. The minutes are many parts, so the
 * form then keeps each part the person typed and takes the newer text of the others: nothing typed is lost, nothing of
 * theirs is undone unseen, and where both changed a part the review lays the two side by side.
 */
export function MinutesEditor({ meetingId, latest, register, correction, onSaved, onCancel }: Props) {
  const client = useApolloClient();
  const server = useServerErrors(['reason']);
  const refetch = { refetchQueries: ['MeetingMinutes', 'Meeting', 'AgendaPackInfo'], awaitRefetchQueries: true };
  const [edit, editing] = useMutation(EditMinutesMutation, refetch);
  const [correct, correcting] = useMutation(CorrectMinutesMutation, refetch);
  const version = useOpenedVersion(latest.version);
  const conflict = useConflict<Record<string, unknown>>('MeetingMinutes');
  // What the form opened on (to tell the parts typed from the rest) and opens with; after a CONFLICT, the newer
  // minutes with the parts typed put back, in a form opened afresh (`n`).
  const [round, setRound] = useState<{ n: number; opened: MinutesFormValues; initial?: MinutesFormValues }>(() => ({
    n: 0,
    opened: minutesFormFrom(latest, register),
  }));

  /** The newer minutes and register, read again (the pages showing them follow), as the form's values. */
  const reload = async (): Promise<MinutesFormValues | undefined> => {
    const [minutes, meeting] = await Promise.all([
      client.query({ query: MeetingMinutesQuery, variables: { meetingId }, fetchPolicy: 'network-only' }),
      client.query({ query: MeetingQuery, variables: { id: meetingId }, fetchPolicy: 'network-only' }),
    ]);
    const newer = getFragmentData(MinutesFields, minutes.data?.meetingMinutes ?? [])[0];
    version.moveTo(newer?.version);
    return newer && minutesFormFrom(newer, getFragmentData(MeetingDetailsFragment, meeting.data?.meeting)?.attendance ?? register);
  };
  const labels = minutesReviewLabels(latest, register);
  return (
    <MinutesForm
      key={round.n}
      minutes={latest}
      register={register}
      correction={correction}
      initial={round.initial}
      review={conflict.review(minutesReview(minutesFormFrom(latest, register)), labels.values, labels.parts)}
      serverErrors={server.fieldErrors}
      serverGeneral={server.general}
      submitting={editing.loading || correcting.loading}
      onCancel={onCancel}
      onSubmit={async (v) => {
        server.clear();
        try {
          const items = changedItems(latest, v);
          const attendance = changedAttendance(register, v);
          if (correction) await correct({ variables: { input: { meetingId, reason: v.reason.trim(), items, attendance } } });
          else await edit({ variables: { input: { minutesId: latest.id, version: version.current(), items, attendance } } });
          onSaved(correction ? 'Correction recorded as a new version of the minutes.' : 'Minutes saved.');
        } catch (e) {
          server.show(e);
          // A correction is a new version, not an edit of one: only an edit is laid beside what was saved meanwhile.
          if (correction) return;
          const typed = typedParts(round.opened, v);
          let newer: MinutesFormValues | undefined;
          const stale = await conflict.caught(e, typed, async () => (newer = await reload()));
          if (stale && newer) setRound({ n: round.n + 1, opened: newer, initial: withParts(newer, typed) });
        }
      }}
    />
  );
}
