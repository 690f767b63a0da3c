import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Link } from 'react-router';
import { BackLink } from '../ui/BackLink';
import { ErrorSummary } from '../ui/ErrorSummary';
import { apiErrors } from '../modules/app/utils/api-errors';
import { Button } from '../ui/Button';
import { NotificationBanner } from '../ui/NotificationBanner';
import { usePageTitle } from '../modules/app/usePageTitle';
import { useViewer } from '../modules/app/viewer-context';
import { AuthenticatorSetup, type Enrolment } from '../modules/auth/components/AuthenticatorSetup';
import { ProofForm, type Proof } from '../modules/auth/components/ProofForm';
import { RecoveryCodes } from '../modules/auth/components/RecoveryCodes';
import { RegenerateRecoveryCodesMutation } from '../modules/auth/graphql/regenerate-recovery-codes.mutation';
import { StartSecondFactorEnrolmentMutation } from '../modules/auth/graphql/start-second-factor-enrolment.mutation';

type Step = { kind: 'choose' } | { kind: 'setUp'; enrolment: Enrolment } | { kind: 'codes'; codes: string[]; done: string };

/** Your account: the authenticator app, set up anew (a new phone) or with new recovery codes. */
export function AccountSecondFactorPage() {
  const { viewer } = useViewer();
  const enrolled = viewer.secondFactor.enrolled;
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const [done, setDone] = useState<string | null>(null);
  const [startErrors, setStartErrors] = useState<string[]>([]);
  const [start, started] = useMutation(StartSecondFactorEnrolmentMutation);
  const [regenerate, regenerated] = useMutation(RegenerateRecoveryCodesMutation);
  usePageTitle(step.kind === 'codes' ? 'Keep your recovery codes' : 'Your authenticator app');

  const newApp = async (proof: Proof | null) => {
    const { data } = await start({ variables: { proof } });
    if (data) setStep({ kind: 'setUp', enrolment: data.startSecondFactorEnrolment });
  };
  const newCodes = async (proof: Proof) => {
    const { data } = await regenerate({ variables: { proof } });
    if (data)
      setStep({ kind: 'codes', codes: data.regenerateRecoveryCodes.codes, done: 'You have new recovery codes. The old ones no longer work.' });
  };
  const finished = (message: string) => {
    setDone(message);
    setStep({ kind: 'choose' });
  };

  if (step.kind === 'setUp') {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <AuthenticatorSetup
            enrolment={step.enrolment}
            heading="Set up your authenticator app"
            onConfirmed={(codes) =>
              setStep({ kind: 'codes', codes, done: 'Your authenticator app is set up. You have been signed out everywhere else.' })
            }
          />
        </div>
      </div>
    );
  }
  if (step.kind === 'codes') {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <RecoveryCodes codes={step.codes} onDone={() => finished(step.done)} />
        </div>
      </div>
    );
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/account">Back to your account</BackLink>
        {done && (
          <NotificationBanner success heading={done}>
            <p className="govuk-body">
              <Link className="govuk-notification-banner__link" to="/account">
                Go to your account
              </Link>
            </p>
          </NotificationBanner>
        )}
        {enrolled ? (
          <ProofForm
            heading="Your authenticator app"
            lead="Sentinel asks for a code from your authenticator app each time you sign in. Set it up again on a new phone, or get new recovery codes if you have used or lost yours."
            actions={[
              { value: 'app', label: 'Set up a new authenticator app', hint: 'Your current app and your other sessions stop working' },
              { value: 'codes', label: 'Get new recovery codes', hint: 'Your current recovery codes stop working' },
            ]}
            submitting={started.loading || regenerated.loading}
            onSubmit={(action, proof) => (action === 'app' ? newApp(proof) : newCodes(proof))}
          />
        ) : (
          <>
            <h1 className="govuk-heading-l">Your authenticator app</h1>
            <p className="govuk-body">
              You have no authenticator app set up. With one, Sentinel asks for a code from your phone as well as your password each time you sign in,
              so no one who learns your password can sign in as you.
            </p>
            <ErrorSummary errors={startErrors.map((message) => ({ message }))} />
            <Button
              type="button"
              disabled={started.loading}
              onClick={() => void newApp(null).catch((error: unknown) => setStartErrors(apiErrors(error).map((e) => e.message)))}
            >
              Set up an authenticator app
            </Button>
          </>
        )}
      </div>
    </div>
  );
}
