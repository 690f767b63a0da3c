import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { CONFIDENTIALITY_STATEMENT } from '@sentinel/shared';
import { Button } from '../../../ui/Button';
import { InsetText } from '../../../ui/InsetText';
import { LoadFailed } from '../../app/components/StatusContent';
import { apiErrors } from '../../app/utils/api-errors';
import { AcknowledgeConfidentialityMutation } from '../graphql/acknowledge-confidentiality.mutation';
import { acknowledgementText } from './AttendanceRegister';

type Props = {
  meetingId: string;
  /** When the viewer acknowledged it for this meeting, if they have. */
  acknowledgedAt: string | null | undefined;
};

/**
 * The attendee's own acknowledgement of the confidentiality statement (GOV.UK declaration pattern): the statement,
 * then one button that records who and when. No one can give it for someone else; the chair sees it in the register.
 */
export function ConfidentialityAcknowledgement({ meetingId, acknowledgedAt }: Props) {
  const [failed, setFailed] = useState('');
  const [acknowledge, { loading }] = useMutation(AcknowledgeConfidentialityMutation);
  return (
    <section className="app-section" aria-labelledby="confidentiality">
      <h2 className="govuk-heading-m" id="confidentiality">
        Confidentiality statement
      </h2>
      <InsetText>{CONFIDENTIALITY_STATEMENT}</InsetText>
      {acknowledgedAt ? (
        <p className="govuk-body" role="status">
          You have acknowledged the confidentiality statement for this meeting. {acknowledgementText(acknowledgedAt)}.
        </p>
      ) : (
        <>
          {failed && <LoadFailed message={failed} />}
          <p className="govuk-body">By continuing you confirm that you understand the statement and will keep to it.</p>
          <Button
            type="button"
            disabled={loading}
            onClick={() => {
              setFailed('');
              acknowledge({ variables: { meetingId } }).catch((e: unknown) =>
                setFailed(apiErrors(e)[0]?.message ?? 'Your acknowledgement was not recorded'),
              );
            }}
          >
            I understand and accept
          </Button>
        </>
      )}
    </section>
  );
}
