import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button } from '../../../ui/Button';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { Radios } from '../../../ui/Radios';
import { Select } from '../../../ui/Select';
import { useServerErrors } from '../../agencies/components/useAgencyFormErrors';
import { useForm } from '../../app/useForm';
import { summaryItems, type FieldErrors } from '../../app/utils/form-errors';
import { TaskOwnerOptionsQuery } from '../../tasks/graphql/task-owner-options.query';
import { ReplyToMeetingMutation } from '../graphql/reply-to-meeting.mutation';
import { replyText } from './MeetingTags';

type Reply = { reply?: 'ATTENDING' | 'APOLOGIES' | null; substituteUserId?: string | null; substituteName?: string | null } | null;

type Props = { meetingId: string; panelId: string; agencyId: string | null; userId: string; myReply: Reply };

type Values = { reply: '' | 'ATTENDING' | 'APOLOGIES'; substituteUserId: string };

const FIELDS = ['reply', 'substituteUserId'];

// The substitute comes from the person's own agency, as the API requires.
function useSubstituteOptions(panelId: string, agencyId: string | null, userId: string) {
  const { data } = useQuery(TaskOwnerOptionsQuery, { variables: { panelId, agencyId: agencyId ?? '' }, skip: !agencyId });
  return (data?.members.nodes ?? []).filter((m) => m.userId !== userId).map((m) => ({ value: m.userId, label: m.name }));
}

export function ReplyForm({ meetingId, panelId, agencyId, userId, myReply }: Props) {
  const server = useServerErrors(FIELDS);
  const [sent, setSent] = useState('');
  const [send, { loading }] = useMutation(ReplyToMeetingMutation, { refetchQueries: ['NextMeeting', 'Meetings'] });
  const substitutes = useSubstituteOptions(panelId, agencyId, userId);
  const form = useForm<Values>({
    initial: { reply: myReply?.reply ?? '', substituteUserId: myReply?.substituteUserId ?? '' },
    validate: (v): FieldErrors => (v.reply ? {} : { reply: 'Select whether you are attending or sending apologies' }),
    serverErrors: server.fieldErrors,
    serverGeneral: server.general,
    onSubmit: async (v) => {
      server.clear();
      setSent('');
      try {
        const { data } = await send({
          variables: {
            input: {
              meetingId,
              reply: v.reply as 'ATTENDING' | 'APOLOGIES',
              substituteUserId: v.reply === 'APOLOGIES' ? v.substituteUserId || null : null,
            },
          },
        });
        if (data) setSent(v.reply === 'ATTENDING' ? 'Reply sent: attending.' : 'Reply sent: apologies.');
      } catch (e) {
        server.show(e);
      }
    },
  });
  const { values, set, errors } = form;
  return (
    <>
      <ErrorSummary errors={summaryItems(errors, FIELDS, form.general)} />
      <p className="govuk-body">Your reply: {replyText(myReply)}</p>
      <form onSubmit={form.submit} noValidate aria-label="Your reply">
        <Radios
          id="reply"
          legend="Will you attend?"
          options={[
            { value: 'ATTENDING', label: 'Attending' },
            { value: 'APOLOGIES', label: 'Apologies', hint: 'You can name someone from your agency to come instead' },
          ]}
          value={values.reply}
          onChange={(v) => set('reply')(v as Values['reply'])}
          error={errors.reply}
        />
        {values.reply === 'APOLOGIES' && (
          <div className="govuk-inset-text">
            <Select
              id="substituteUserId"
              label="Substitute"
              hint="Optional. Someone from your agency who comes instead"
              value={values.substituteUserId}
              options={[{ value: '', label: 'No substitute' }, ...substitutes]}
              onChange={set('substituteUserId')}
              error={errors.substituteUserId}
            />
          </div>
        )}
        <Button disabled={loading}>Send reply</Button>
      </form>
      <p className="govuk-body" role="status">
        {sent}
      </p>
    </>
  );
}
