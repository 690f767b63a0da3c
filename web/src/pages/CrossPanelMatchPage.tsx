import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { CROSS_PANEL_MATCH_UNDECIDED, PERMISSIONS } from '@sentinel/shared';
import { getFragmentData } from '../gql';
import { BackLink } from '../ui/BackLink';
import { Button, ButtonGroup } from '../ui/Button';
import { ConfirmStep } from '../ui/ConfirmStep';
import { ErrorSummary } from '../ui/ErrorSummary';
import { InsetText } from '../ui/InsetText';
import { Loading } from '../ui/Loading';
import { NotificationBanner } from '../ui/NotificationBanner';
import { SummaryList } from '../ui/SummaryList';
import { Tag } from '../ui/Tag';
import { RequirePermission } from '../modules/app/components/RequirePermission';
import { LoadFailed, NotFoundContent } from '../modules/app/components/StatusContent';
import { apiErrors, hasErrorCode } from '../modules/app/utils/api-errors';
import { formatDateTime } from '../modules/app/utils/dates';
import { usePageTitle } from '../modules/app/usePageTitle';
import { holds, useViewer } from '../modules/app/viewer-context';
import { kindLabel, recordPath, STATUS_COLOURS, statusLabel } from '../modules/cross-panel-matches/components/match-labels';
import { OtherPanelContacts } from '../modules/cross-panel-matches/components/OtherPanelContacts';
import { SharedDetails } from '../modules/cross-panel-matches/components/SharedDetails';
import { AgreeCrossPanelMatchMutation } from '../modules/cross-panel-matches/graphql/agree-cross-panel-match.mutation';
import { CrossPanelMatchFieldsFragment } from '../modules/cross-panel-matches/graphql/cross-panel-match-fields.fragment';
import { CrossPanelMatchQuery } from '../modules/cross-panel-matches/graphql/cross-panel-match.query';
import { DeclineCrossPanelMatchMutation } from '../modules/cross-panel-matches/graphql/decline-cross-panel-match.mutation';

type Step = 'agree' | 'decline' | null;

function Match({ id }: { id: string }) {
  const { membership } = useViewer();
  const { data, error } = useQuery(CrossPanelMatchQuery, { variables: { id }, fetchPolicy: 'network-only' });
  const [agree, agreeing] = useMutation(AgreeCrossPanelMatchMutation);
  const [decline, declining] = useMutation(DeclineCrossPanelMatchMutation);
  const [step, setStep] = useState<Step>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [done, setDone] = useState<string | null>(null);
  usePageTitle('Match with another panel', errors.length > 0);
  if (error && !data) return hasErrorCode(error, 'NOT_FOUND') ? <NotFoundContent /> : <LoadFailed message={error.message} />;
  if (!data) return <Loading />;
  const m = getFragmentData(CrossPanelMatchFieldsFragment, data.crossPanelMatch);
  const canResolve = Boolean(membership && holds(membership, PERMISSIONS.CROSS_PANEL_MATCH_RESOLVE));
  const undecided = CROSS_PANEL_MATCH_UNDECIDED.includes(m.status);
  const declinable = undecided || m.status === 'AWAITING_OTHER';
  const path = recordPath(m.kind, m.recordId);

  const answer = async (which: 'agree' | 'decline') => {
    try {
      const variables = { input: { id: m.id, version: m.version } };
      if (which === 'agree') await agree({ variables });
      else await decline({ variables });
      setErrors([]);
      setDone(which === 'agree' ? 'You agreed to share the details' : 'You declined to share the details');
    } catch (e) {
      setErrors(apiErrors(e).map((x) => x.message));
    }
    setStep(null);
  };

  if (step === 'agree') {
    return (
      <ConfirmStep
        title={`Agree to share details with ${m.otherPanelName}?`}
        confirmText="Agree to share details"
        busy={agreeing.loading}
        onConfirm={() => void answer('agree')}
        onCancel={() => setStep(null)}
      >
        <p className="govuk-body">
          Once {m.otherPanelName} agrees too, each panel’s chairs and coordinators can read the other’s record: for a nominal the names, date of birth
          and aliases; for a vehicle its plate, make, model and colour; for a group its name, status and threat score. Each reading is logged as a
          disclosure.
        </p>
      </ConfirmStep>
    );
  }
  if (step === 'decline') {
    return (
      <ConfirmStep
        title={`Decline to share details with ${m.otherPanelName}?`}
        confirmText="Decline"
        busy={declining.loading}
        onConfirm={() => void answer('decline')}
        onCancel={() => setStep(null)}
      >
        <p className="govuk-body">No details will pass either way. The other panel will see that you declined.</p>
      </ConfirmStep>
    );
  }

  return (
    <>
      <ErrorSummary errors={errors.map((message) => ({ message }))} />
      {done && <NotificationBanner success heading={done} />}
      <span className="govuk-caption-l">{kindLabel(m.kind)} match</span>
      <h1 className="govuk-heading-l">{m.recordName}</h1>
      <p className="govuk-body">
        <Tag colour={STATUS_COLOURS[m.status]}>{statusLabel(m.status)}</Tag>
      </p>
      <SummaryList
        rows={[
          {
            key: 'Our record',
            value: path ? (
              <Link className="govuk-link" to={path}>
                {m.recordReference}
              </Link>
            ) : (
              m.recordReference
            ),
          },
          { key: 'Also held by', value: `${m.otherPanelName}${m.otherPanelForce ? ` (${m.otherPanelForce})` : ''}` },
          { key: 'Whom to call', value: <OtherPanelContacts contacts={m.otherContacts} /> },
          { key: 'Found', value: formatDateTime(m.foundAt) },
          {
            key: 'This panel',
            value: m.agreedAt
              ? `Agreed to share, ${formatDateTime(m.agreedAt)}${m.agreedByName ? ` by ${m.agreedByName}` : ''}`
              : m.declinedAt
                ? `Declined, ${formatDateTime(m.declinedAt)}${m.declinedByName ? ` by ${m.declinedByName}` : ''}`
                : 'Not answered yet',
          },
          { key: m.otherPanelName, value: m.otherAgreed ? 'Agreed to share' : m.otherDeclined ? 'Declined' : 'Not answered yet' },
        ]}
      />
      {m.status === 'CLOSED' && <InsetText>The records no longer match, so nothing more passes.</InsetText>}
      {m.status === 'DECLINED' && <InsetText>A panel declined, so no details pass either way.</InsetText>}
      {m.status === 'AWAITING_OTHER' && <InsetText>{`Details pass once ${m.otherPanelName} agrees too.`}</InsetText>}
      {canResolve && declinable && (
        <ButtonGroup>
          {undecided && (
            <Button type="button" onClick={() => setStep('agree')}>
              Agree to share details
            </Button>
          )}
          <Button type="button" variant="secondary" onClick={() => setStep('decline')}>
            Decline
          </Button>
        </ButtonGroup>
      )}
      {m.status === 'SHARED' && <SharedDetails matchId={m.id} />}
    </>
  );
}

export function CrossPanelMatchPage() {
  const { id } = useParams();
  return (
    <RequirePermission permission={PERMISSIONS.CROSS_PANEL_MATCH_READ}>
      <BackLink to="/matches">Back to matches with other panels</BackLink>
      {id && <Match key={id} id={id} />}
    </RequirePermission>
  );
}
