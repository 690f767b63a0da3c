import { useState } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useLocation, useNavigate } from 'react-router';
import { SignInForm } from '../modules/auth/components/SignInForm';
import { SignInMutation } from '../modules/auth/graphql/sign-in.mutation';
import type { SignInValues } from '../modules/auth/utils/validate-sign-in';
import { CHANGE_PASSWORD_PATH, LANDING_PATH } from '../modules/app/components/AppLayout';
import { apiErrors } from '../modules/app/utils/api-errors';
import { splitApiErrors, type FieldErrors } from '../modules/app/utils/form-errors';
import { usePageTitle } from '../modules/app/usePageTitle';

export function SignInPage() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const location = useLocation();
  const [signIn, { loading }] = useMutation(SignInMutation);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string[]>([]);
  usePageTitle('Sign in', Object.keys(serverErrors).length + general.length > 0);

  const onSubmit = async (input: SignInValues) => {
    setServerErrors({});
    setGeneral([]);
    try {
      const { data } = await signIn({ variables: { input } });
      // Nothing cached for a previous person may show to this one.
      await client.clearStore();
      const from = (location.state as { from?: string } | null)?.from;
      const next = data?.signIn.mustChangePassword ? CHANGE_PASSWORD_PATH : from && from !== '/sign-in' ? from : LANDING_PATH;
      await navigate(next, { replace: true });
    } catch (error) {
      // A wrong password or a lock-out has no field: GOV.UK links such messages to the first field.
      const split = splitApiErrors(apiErrors(error), ['email', 'password'], 'email');
      setServerErrors(split.fields);
      setGeneral(split.general);
    }
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <SignInForm onSubmit={onSubmit} serverErrors={serverErrors} serverGeneral={general} submitting={loading} />
      </div>
    </div>
  );
}
