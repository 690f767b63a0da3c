import { useEffect, useRef, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Loading } from '../ui/Loading';
import { ErrorSummary } from '../ui/ErrorSummary';
import { apiErrors } from '../modules/app/utils/api-errors';
import { usePageTitle } from '../modules/app/usePageTitle';
import { useViewer } from '../modules/app/viewer-context';
import { AuthenticatorSetup, type Enrolment } from '../modules/auth/components/AuthenticatorSetup';
import { RecoveryCodes } from '../modules/auth/components/RecoveryCodes';
import { StartSecondFactorEnrolmentMutation } from '../modules/auth/graphql/start-second-factor-enrolment.mutation';
import { useFinishSignIn } from '../modules/auth/hooks/useFinishSignIn';

/** The sign-in's second step for a person who must have an authenticator app and has none yet. */
export function SecondFactorSetUpPage() {
  const { viewer } = useViewer();
  const [start] = useMutation(StartSecondFactorEnrolmentMutation);
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const finish = useFinishSignIn();
  const started = useRef(false);
  usePageTitle(codes ? 'Keep your recovery codes' : 'Set up your authenticator app');

  // One new key per visit to the page (a ref, so that React's second run of effects in development makes none).
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    start()
      .then(({ data }) => setEnrolment(data?.startSecondFactorEnrolment ?? null))
      .catch((error: unknown) => setErrors(apiErrors(error).map((e) => e.message)));
  }, [start]);

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={errors.map((message) => ({ message }))} />
        {codes ? (
          <RecoveryCodes codes={codes} onDone={() => void finish()} />
        ) : enrolment ? (
          <AuthenticatorSetup
            enrolment={enrolment}
            heading="Set up your authenticator app"
            lead={
              viewer.secondFactor.required
                ? 'You can see personal data, so each time you sign in Sentinel asks for a code from an app on your phone as well as your password.'
                : undefined
            }
            onConfirmed={setCodes}
          />
        ) : (
          !errors.length && <Loading />
        )}
      </div>
    </div>
  );
}
