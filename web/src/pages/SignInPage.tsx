import { useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { SignInForm } from '../modules/auth/components/SignInForm';
import { SignInProviders } from '../modules/auth/components/SignInProviders';
import { takeSsoError } from '../modules/auth/utils/sso-error';
import { SignInMutation } from '../modules/auth/graphql/sign-in.mutation';
import type { SignInValues } from '../modules/auth/utils/validate-sign-in';
import { useLoadClient } from '../modules/app/client-loader';
import { secondFactorStep } from '@sentinel/shared';
import { FORGOT_PASSWORD_PATH, landingPath, SECOND_FACTOR_CODE_PATH, SECOND_FACTOR_SET_UP_PATH, SIGN_IN_PATH } from '../modules/app/paths';
import { splitApiErrors, type FieldErrors } from '../modules/app/utils/form-errors';
import { usePageTitle } from '../modules/app/usePageTitle';
import { NETWORK_MESSAGE } from '../modules/app/utils/network-message';

export function SignInPage() {
  const loadClient = useLoadClient();
  const navigate = useNavigate();
  const location = useLocation();
  const [submitting, setSubmitting] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  // A refused single sign-on comes back here with its reason, shown until the form is next submitted.
  const [general, setGeneral] = useState<string[]>(() => [takeSsoError()].filter((m): m is string => Boolean(m)));
  usePageTitle('Sign in', Object.keys(serverErrors).length + general.length > 0);

  // The API client is fetched while the person types, not before the form shows.
  const warmUp = () => void loadClient().catch(() => undefined);

  const onSubmit = async (input: SignInValues) => {
    setServerErrors({});
    setGeneral([]);
    setSubmitting(true);
    try {
      const client = await loadClient();
      const { data } = await client.mutate({ mutation: SignInMutation, variables: { input } });
      // Nothing cached for a previous person may show to this one.
      await client.clearStore();
      const from = (location.state as { from?: string } | null)?.from;
      // The first panel is the one the layout opens.
      const landing = landingPath(data?.signIn.memberships[0]?.permissions ?? []);
      const afterSignIn = from && from !== SIGN_IN_PATH ? from : landing;
      // The second step of signing in comes first; it then leads on to where the person was going.
      const step = data ? secondFactorStep(data.signIn.secondFactor) : null;
      const next = step === 'CODE' ? SECOND_FACTOR_CODE_PATH : step === 'SET_UP' ? SECOND_FACTOR_SET_UP_PATH : afterSignIn;
      await navigate(next, { replace: true, state: step ? { from: afterSignIn } : undefined });
    } catch (error) {
      // The refusal is read with the API client's own error types, which came with it.
      const errors = await import('../modules/app/utils/api-errors').then(
        ({ apiErrors }) => apiErrors(error),
        () => [{ code: 'NETWORK' as const, message: NETWORK_MESSAGE }],
      );
      // A wrong password or a lock-out has no field: GOV.UK links such messages to the first field.
      const split = splitApiErrors(errors, ['email', 'password'], 'email');
      setServerErrors(split.fields);
      setGeneral(split.general);
      setSubmitting(false);
    }
  };

  return (
    <div className="govuk-grid-row" onFocus={warmUp} onPointerEnter={warmUp}>
      <div className="govuk-grid-column-two-thirds">
        <SignInForm onSubmit={onSubmit} serverErrors={serverErrors} serverGeneral={general} submitting={submitting} />
        <p className="govuk-body">
          <Link className="govuk-link" to={FORGOT_PASSWORD_PATH}>
            Forgot your password?
          </Link>
        </p>
        <SignInProviders />
      </div>
    </div>
  );
}
