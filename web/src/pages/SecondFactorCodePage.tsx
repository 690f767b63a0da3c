import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button } from '../ui/Button';
import { apiErrors } from '../modules/app/utils/api-errors';
import { splitApiErrors, type FieldErrors } from '../modules/app/utils/form-errors';
import { usePageTitle } from '../modules/app/usePageTitle';
import { CodeForm, type CodeKind } from '../modules/auth/components/CodeForm';
import { VerifySecondFactorMutation } from '../modules/auth/graphql/verify-second-factor.mutation';
import { useFinishSignIn } from '../modules/auth/hooks/useFinishSignIn';

/** The sign-in's second step: a code from the authenticator app, or one of the recovery codes. */
export function SecondFactorCodePage() {
  const [kind, setKind] = useState<CodeKind>('code');
  const [verify, { loading }] = useMutation(VerifySecondFactorMutation);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [codesLeft, setCodesLeft] = useState<number | null>(null);
  const finish = useFinishSignIn();
  const title =
    codesLeft !== null
      ? 'You signed in with a recovery code'
      : kind === 'code'
        ? 'Enter the code from your authenticator app'
        : 'Enter a recovery code';
  usePageTitle(title, Object.keys(serverErrors).length + general.length > 0);

  const switchTo = (next: CodeKind) => {
    setKind(next);
    setServerErrors({});
    setGeneral([]);
  };

  const onSubmit = async (value: string) => {
    setServerErrors({});
    setGeneral([]);
    try {
      const { data } = await verify({ variables: { input: kind === 'code' ? { code: value } : { recoveryCode: value } } });
      const left = data?.verifySecondFactor.recoveryCodesLeft ?? null;
      if (left === null) await finish();
      else setCodesLeft(left);
      return true;
    } catch (error) {
      const split = splitApiErrors(apiErrors(error), [kind], kind);
      setServerErrors(split.fields);
      setGeneral(split.general);
      return false;
    }
  };

  if (codesLeft !== null) {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">{title}</h1>
          <p className="govuk-body">
            {`You have ${codesLeft} recovery ${codesLeft === 1 ? 'code' : 'codes'} left.`} Each code works once. You can get new codes, or set up your
            app on a new phone, from Your account.
          </p>
          <Button type="button" onClick={() => void finish()}>
            Continue
          </Button>
        </div>
      </div>
    );
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <CodeForm
          key={kind}
          kind={kind}
          submitText="Continue"
          onSubmit={onSubmit}
          serverErrors={serverErrors}
          serverGeneral={general}
          submitting={loading}
          intro={<h1 className="govuk-heading-l">{title}</h1>}
        >
          <p className="govuk-body">
            <button type="button" className="govuk-link app-link-button" onClick={() => switchTo(kind === 'code' ? 'recoveryCode' : 'code')}>
              {kind === 'code' ? 'Use a recovery code instead' : 'Use a code from your authenticator app instead'}
            </button>
          </p>
          {kind === 'recoveryCode' && (
            <p className="govuk-body">If you have no codes left and no phone, ask your panel&apos;s chair to reset your second factor.</p>
          )}
        </CodeForm>
      </div>
    </div>
  );
}
