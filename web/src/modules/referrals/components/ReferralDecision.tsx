import { useState, type FormEvent } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { LIMITS, REFERRAL_STATUS_LABELS, TEXT_LIMITS, tooLongProblem, type ReferralStatus } from '@sentinel/shared';
import { Button } from '../../../ui/Button';
import { ErrorSummary, type ErrorSummaryItem } from '../../../ui/ErrorSummary';
import { Radios } from '../../../ui/Radios';
import { Textarea } from '../../../ui/Textarea';
import { TextInput } from '../../../ui/TextInput';
import { getFragmentData, type FragmentType } from '../../../gql';
import type { ReferralDetailsFragment } from '../../../gql/graphql';
import { useConflict, useOpenedVersion } from '../../app/useConflict';
import { apiErrors } from '../../app/utils/api-errors';
import { GroupPicker } from '../../ocgs/components/GroupPicker';
import { AcceptReferralMutation } from '../graphql/accept-referral.mutation';
import { DeclineReferralMutation } from '../graphql/decline-referral.mutation';
import { ReferralDetailsFragment as Details } from '../graphql/referral-details.fragment';
import { StartReferralAssessmentMutation } from '../graphql/start-assessment.mutation';

type Choice = 'existing' | 'new' | '';
type Decision = { status: ReferralStatus; declineReason?: string };
type Saved = FragmentType<typeof Details> | undefined;

/**
 * Decided against the version the page opened with. After a CONFLICT the referral is read again (`reload` gives
 * its newer version), what was typed stays, the decision is laid beside what someone else saved, and deciding
 * again is made on the newer version.
 */
export function ReferralDecision({ referral, reload }: { referral: ReferralDetailsFragment; reload: () => Promise<number | undefined> }) {
  const client = useApolloClient();
  const [problems, setProblems] = useState<ErrorSummaryItem[]>([]);
  const [choice, setChoice] = useState<Choice>('');
  const [ocgId, setOcgId] = useState('');
  const [newName, setNewName] = useState('');
  const [reason, setReason] = useState('');
  const [start, starting] = useMutation(StartReferralAssessmentMutation);
  const [accept, accepting] = useMutation(AcceptReferralMutation);
  const [decline, declining] = useMutation(DeclineReferralMutation);
  const busy = starting.loading || accepting.loading || declining.loading;
  const opened = useOpenedVersion(referral.version);
  const conflict = useConflict<Decision>('Referral');
  const { id } = referral;
  const version = opened.current();

  // The API names the accepted group `ocgId`; on this page its picker is `accept-ocg`.
  const fieldFor = (field: string | undefined, fallbackField?: string) => (field === 'ocgId' && choice === 'existing' ? 'accept-ocg' : fallbackField);
  const run = async (action: () => Promise<Saved>, yours: Decision, fallbackField?: string) => {
    setProblems([]);
    try {
      opened.moveTo(getFragmentData(Details, await action())?.version);
      conflict.clear();
      client.cache.evict({ id: 'ROOT_QUERY', fieldName: 'referrals' });
      client.cache.evict({ id: 'ROOT_QUERY', fieldName: 'ocgs' });
      client.cache.gc();
    } catch (e) {
      setProblems(
        apiErrors(e).map((x) => ({ message: x.message, fieldId: x.code === 'BAD_USER_INPUT' ? fieldFor(x.field, fallbackField) : undefined })),
      );
      await conflict.caught(e, yours, async () => opened.moveTo(await reload()));
    }
  };
  const onAccept = (event: FormEvent) => {
    event.preventDefault();
    const found: ErrorSummaryItem[] = [];
    if (!choice) found.push({ fieldId: 'accept-choice', message: 'Select whether to link an existing group or record a new one' });
    if (choice === 'existing' && !ocgId) found.push({ fieldId: 'accept-ocg', message: 'Select the group' });
    if (choice === 'new' && !newName.trim()) found.push({ fieldId: 'accept-name', message: 'Enter the new group’s name or operation name' });
    const nameTooLong = choice === 'new' && tooLongProblem('Name or operation name', newName.trim(), LIMITS.nameLength);
    if (nameTooLong) found.push({ fieldId: 'accept-name', message: nameTooLong });
    if (found.length) return setProblems(found);
    const input = choice === 'existing' ? { id, version, ocgId } : { id, version, newOcgName: newName.trim() };
    return run(async () => (await accept({ variables: { input } })).data?.acceptReferral, { status: 'ACCEPTED' }, 'accept-choice');
  };
  const onDecline = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) return setProblems([{ fieldId: 'decline-reason', message: 'Enter the reason for declining the referral' }]);
    const tooLong = tooLongProblem('Reason for declining', reason.trim(), TEXT_LIMITS.declineReason);
    if (tooLong) return setProblems([{ fieldId: 'decline-reason', message: tooLong }]);
    return run(
      async () => (await decline({ variables: { input: { id, version, reason: reason.trim() } } })).data?.declineReferral,
      { status: 'DECLINED', declineReason: reason.trim() },
      'decline-reason',
    );
  };
  const errorFor = (field: string) => problems.find((p) => p.fieldId === field)?.message;

  return (
    <>
      <ErrorSummary errors={problems} />
      {conflict.review({ status: referral.status, declineReason: referral.declineReason ?? '' }, { status: REFERRAL_STATUS_LABELS })}
      <h2 className="govuk-heading-m">Assess this referral</h2>
      {referral.status === 'RECEIVED' && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void run(async () => (await start({ variables: { input: { id, version } } })).data?.startReferralAssessment, {
              status: 'UNDER_ASSESSMENT',
            });
          }}
        >
          <p className="govuk-body">Start the assessment to show the referring agency that it is being looked at.</p>
          <Button variant="secondary" disabled={busy}>
            Start assessment
          </Button>
        </form>
      )}
      <form onSubmit={onAccept} noValidate aria-labelledby="accept-heading">
        <h3 className="govuk-heading-s" id="accept-heading">
          Accept
        </h3>
        <Radios
          id="accept-choice"
          legend="Which group is this about?"
          options={[
            { value: 'existing', label: 'A group already recorded' },
            { value: 'new', label: 'A new group' },
          ]}
          value={choice}
          onChange={(v) => setChoice(v as Choice)}
          error={errorFor('accept-choice')}
        />
        {choice === 'existing' && (
          <GroupPicker id="accept-ocg" panelId={referral.panelId} value={ocgId} onChange={setOcgId} error={errorFor('accept-ocg')} />
        )}
        {choice === 'new' && (
          <TextInput
            id="accept-name"
            label="Name or operation name"
            value={newName}
            onChange={setNewName}
            error={errorFor('accept-name')}
            maxLength={LIMITS.nameLength}
          />
        )}
        <Button disabled={busy}>Accept referral</Button>
      </form>
      <form onSubmit={onDecline} noValidate aria-labelledby="decline-heading">
        <h3 className="govuk-heading-s" id="decline-heading">
          Decline
        </h3>
        <Textarea
          id="decline-reason"
          label="Reason for declining"
          hint="The referring agency sees this reason"
          value={reason}
          onChange={setReason}
          error={errorFor('decline-reason')}
          rows={3}
          maxLength={TEXT_LIMITS.declineReason}
        />
        <Button variant="warning" disabled={busy}>
          Decline referral
        </Button>
      </form>
    </>
  );
}
