import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import type { MeetingStatus } from '@sentinel/shared';
import { getFragmentData } from '../../../gql';
import { Button, ButtonGroup } from '../../../ui/Button';
import { Loading } from '../../../ui/Loading';
import { Tag } from '../../../ui/Tag';
import { MeetingDocumentLinks } from '../../agenda/components/AgendaPackLinks';
import { LoadFailed } from '../../app/components/StatusContent';
import { apiErrors } from '../../app/utils/api-errors';
import { formatDateTime } from '../../app/utils/dates';
import { ApproveMinutesMutation } from '../graphql/approve-minutes.mutation';
import { DraftMinutesMutation } from '../../agenda/graphql/draft-minutes.mutation';
import { MeetingMinutesFieldsFragment } from '../graphql/meeting-minutes.fragment';
import { MeetingMinutesQuery } from '../graphql/meeting-minutes.query';
import type { RegisterLine } from '../utils/minutes-form';
import { MinutesEditor } from './MinutesEditor';
import { MinutesView } from './MinutesView';

type Props = { meetingId: string; meetingStatus: MeetingStatus; canManage: boolean; canApprove: boolean; register: readonly RegisterLine[] };

export function MinutesStatusTag({ status }: { status: 'DRAFT' | 'APPROVED' }) {
  return status === 'APPROVED' ? <Tag colour="green">Approved</Tag> : <Tag colour="yellow">Draft</Tag>;
}

export function MinutesPanel({ meetingId, meetingStatus, canManage, canApprove, register }: Props) {
  // Read afresh on every visit: a draft's attendance follows the register, which changes on another page.
  const { data, error, loading } = useQuery(MeetingMinutesQuery, { variables: { meetingId }, fetchPolicy: 'cache-and-network' });
  const versions = getFragmentData(MeetingMinutesFieldsFragment, data?.meetingMinutes ?? []);
  const [shownId, setShownId] = useState<string | null>(null);
  const [mode, setMode] = useState<'view' | 'edit' | 'correct'>('view');
  const [message, setMessage] = useState('');
  const [failed, setFailed] = useState('');
  const refetch = { refetchQueries: ['MeetingMinutes', 'Meeting', 'AgendaPackInfo'], awaitRefetchQueries: true };
  const [draft, drafting] = useMutation(DraftMinutesMutation, refetch);
  const [approve, approving] = useMutation(ApproveMinutesMutation, refetch);

  if (error && !data) return <LoadFailed message={error.message} />;
  if (loading && !data) return <Loading />;

  const act = async (action: () => Promise<unknown>, done: string, fallback: string) => {
    setFailed('');
    setMessage('');
    try {
      await action();
      setMessage(done);
    } catch (e) {
      setFailed(apiErrors(e)[0]?.message ?? fallback);
    }
  };

  const latest = versions[0];
  if (!latest) {
    return (
      <>
        {failed && <LoadFailed message={failed} />}
        <p className="govuk-body">The minutes have not been drafted yet.</p>
        {canManage && meetingStatus === 'MINUTES_DRAFT' && (
          <Button
            type="button"
            disabled={drafting.loading}
            onClick={() =>
              void act(
                () => draft({ variables: { meetingId } }),
                'Minutes drafted from what was recorded at the meeting.',
                'The minutes were not drafted',
              )
            }
          >
            Draft the minutes
          </Button>
        )}
      </>
    );
  }
  const shown = versions.find((v) => v.id === shownId) ?? latest;
  const isLatest = shown.id === latest.id;

  if (mode !== 'view') {
    return (
      <MinutesEditor
        meetingId={meetingId}
        latest={latest}
        register={register}
        correction={mode === 'correct'}
        onCancel={() => setMode('view')}
        onSaved={(done) => {
          setMode('view');
          setShownId(null);
          setMessage(done);
        }}
      />
    );
  }

  return (
    <>
      {failed && <LoadFailed message={failed} />}
      <p className="govuk-body" role="status">
        {message}
      </p>
      <h2 className="govuk-heading-m">
        Version {shown.number} <MinutesStatusTag status={shown.status} />
      </h2>
      {!isLatest && <p className="govuk-body">This is an earlier version. The latest is version {latest.number}.</p>}
      {shown.correctionReason && (
        <div className="govuk-inset-text">
          <span className="govuk-!-font-weight-bold">Correction:</span> {shown.correctionReason}
        </div>
      )}
      {shown.approvedAt && <p className="govuk-body">Approved {formatDateTime(shown.approvedAt)}.</p>}
      {isLatest && (
        <ButtonGroup>
          {canManage && latest.status === 'DRAFT' && (
            <Button type="button" variant="secondary" onClick={() => setMode('edit')}>
              Edit minutes
            </Button>
          )}
          {canApprove && latest.status === 'DRAFT' && (
            <Button
              type="button"
              disabled={approving.loading}
              onClick={() =>
                void act(
                  () => approve({ variables: { minutesId: latest.id, version: latest.version } }),
                  'Minutes approved. They are now locked; a later change is a correction.',
                  'The minutes were not approved',
                )
              }
            >
              Approve minutes
            </Button>
          )}
          {canManage && latest.status === 'APPROVED' && (
            <Button type="button" variant="secondary" onClick={() => setMode('correct')}>
              Record a correction
            </Button>
          )}
        </ButtonGroup>
      )}
      <h2 className="govuk-heading-m">Download</h2>
      <MeetingDocumentLinks meetingId={meetingId} show="minutes" />
      <MinutesView minutes={shown} />
      <h2 className="govuk-heading-m">Version history</h2>
      <ol className="govuk-list" reversed>
        {versions.map((v) => (
          <li key={v.id}>
            {v.id === shown.id ? (
              <span className="govuk-!-font-weight-bold">Version {v.number} (shown)</span>
            ) : (
              <button type="button" className="app-link-button govuk-link" onClick={() => setShownId(v.id)}>
                Version {v.number}
              </button>
            )}
            {': '}
            {v.status === 'APPROVED' ? 'approved' : 'draft'}, created {formatDateTime(v.createdAt)}
            {v.correctionReason ? `. Correction: ${v.correctionReason}` : ''}
          </li>
        ))}
      </ol>
    </>
  );
}
