import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { ACCOUNT_LINKS } from '@sentinel/shared';
import { Button } from '../../../ui/Button';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { NotificationBanner } from '../../../ui/NotificationBanner';
import type { MemberDetailsFragment } from '../../../gql/graphql';
import { apiErrors } from '../../app/utils/api-errors';
import { SendInvitationAgainMutation } from '../graphql/send-invitation-again.mutation';

/** For a member who has not yet accepted an invitation: a new one, which stops the earlier links working. */
export function SendInvitationControl({ member }: { member: MemberDetailsFragment }) {
  const [send, { loading }] = useMutation(SendInvitationAgainMutation);
  const [errors, setErrors] = useState<string[]>([]);
  const [outcome, setOutcome] = useState<boolean | null>(null);

  const onClick = async () => {
    setErrors([]);
    setOutcome(null);
    try {
      const result = await send({ variables: { id: member.id } });
      setOutcome(result.data?.sendInvitationAgain.invitationSent ?? false);
    } catch (error) {
      setErrors(apiErrors(error).map((e) => e.message));
    }
  };

  return (
    <section aria-labelledby="invitation-heading">
      <h2 className="govuk-heading-m" id="invitation-heading">
        Invitation
      </h2>
      <ErrorSummary errors={errors.map((message) => ({ message }))} />
      {outcome === true && (
        <NotificationBanner success heading={`We have sent a new invitation to ${member.email}`}>
          <p className="govuk-body">The link works once, for {ACCOUNT_LINKS.invitationDays} days. Links sent before it no longer work.</p>
        </NotificationBanner>
      )}
      {outcome === false && (
        <NotificationBanner heading="The invitation could not be sent">
          <p className="govuk-body">The panel’s mail log says why. Try again once mail works.</p>
        </NotificationBanner>
      )}
      <p className="govuk-body">{member.name} has not set a password yet, so cannot sign in.</p>
      <Button type="button" variant="secondary" disabled={loading} onClick={() => void onClick()}>
        Send invitation again
      </Button>
    </section>
  );
}
