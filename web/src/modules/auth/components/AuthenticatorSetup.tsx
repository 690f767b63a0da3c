import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { groupCharacters } from '@sentinel/shared';
import { apiErrors } from '../../app/utils/api-errors';
import { splitApiErrors, type FieldErrors } from '../../app/utils/form-errors';
import { ConfirmSecondFactorEnrolmentMutation } from '../graphql/confirm-second-factor-enrolment.mutation';
import { CodeForm } from './CodeForm';

export type Enrolment = { secret: string; qrCodeSvg: string };

type Props = {
  enrolment: Enrolment;
  heading: string;
  /** Said under the heading: why the app is asked for. */
  lead?: string;
  onConfirmed: (recoveryCodes: string[]) => void;
};

/**
 * The steps of setting up an authenticator app: the QR code (drawn by the API, shown as an image of its own
 * SVG), the key as text for typing in, and a code from the app to confirm it.
 */
export function AuthenticatorSetup({ enrolment, heading, lead, onConfirmed }: Props) {
  const [confirm, { loading }] = useMutation(ConfirmSecondFactorEnrolmentMutation);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string[]>([]);
  const qr = `data:image/svg+xml;base64,${btoa(enrolment.qrCodeSvg)}`;

  const onSubmit = async (code: string) => {
    setServerErrors({});
    setGeneral([]);
    try {
      const { data } = await confirm({ variables: { input: { code } } });
      onConfirmed(data?.confirmSecondFactorEnrolment.codes ?? []);
      return true;
    } catch (error) {
      const split = splitApiErrors(apiErrors(error), ['code'], 'code');
      setServerErrors(split.fields);
      setGeneral(split.general);
      return false;
    }
  };

  return (
    <CodeForm
      kind="code"
      submitText="Confirm"
      onSubmit={onSubmit}
      serverErrors={serverErrors}
      serverGeneral={general}
      submitting={loading}
      intro={
        <>
          <h1 className="govuk-heading-l">{heading}</h1>
          {lead && <p className="govuk-body">{lead}</p>}
          <ol className="govuk-list govuk-list--number">
            <li>Open an authenticator app on your phone, for example Microsoft Authenticator or Google Authenticator.</li>
            <li>Add an account in the app and scan this QR code.</li>
            <li>Enter the 6-digit code the app then shows for Sentinel.</li>
          </ol>
          <img className="app-qr-code" src={qr} alt="QR code to scan with your authenticator app" width={200} height={200} />
          <details className="govuk-details">
            <summary className="govuk-details__summary">
              <span className="govuk-details__summary-text">I cannot scan the QR code</span>
            </summary>
            <div className="govuk-details__text">
              <p className="govuk-body">Choose to enter a key in your app, name the account Sentinel, and type this key:</p>
              <p className="govuk-body govuk-!-font-weight-bold app-authenticator-key" id="authenticator-key">
                {groupCharacters(enrolment.secret)}
              </p>
              <p className="govuk-body">The app must make time-based codes of 6 digits (the usual setting).</p>
            </div>
          </details>
        </>
      }
    />
  );
}
