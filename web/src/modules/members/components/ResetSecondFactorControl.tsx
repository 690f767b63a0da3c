import { useEffect, useRef, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button, ButtonGroup } from '../../../ui/Button';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { NotificationBanner } from '../../../ui/NotificationBanner';
import { WarningText } from '../../../ui/WarningText';
import { apiErrors } from '../../app/utils/api-errors';
import { ResetMemberSecondFactorMutation } from '../graphql/reset-member-second-factor.mutation';

/**
 * A member who lost their phone and their recovery codes: the chair resets their second factor, after a
 * confirmation, and the member sets up a new app when they next sign in.
 */
export function ResetSecondFactorControl({ member }: { member: { id: string; name: string } }) {
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);
  const section = useRef<HTMLElement>(null);
  const toggled = useRef(false);
  const [reset, { loading }] = useMutation(ResetMemberSecondFactorMutation);
  // The button pressed disappears, so focus follows to the first button of what replaced it.
  useEffect(() => {
    if (!toggled.current) return;
    section.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, [confirming]);
  const open = (value: boolean) => {
    toggled.current = true;
    setConfirming(value);
  };

  const confirm = async () => {
    setErrors([]);
    try {
      await reset({ variables: { input: { id: member.id } } });
      setDone(true);
      open(false);
    } catch (error) {
      setErrors(apiErrors(error).map((e) => e.message));
    }
  };

  return (
    <section aria-labelledby="second-factor-heading" ref={section}>
      <h2 className="govuk-heading-m" id="second-factor-heading">
        Authenticator app
      </h2>
      <ErrorSummary errors={errors.map((message) => ({ message }))} />
      {done && (
        <NotificationBanner success heading={`${member.name}'s second factor has been reset`}>
          <p className="govuk-body">They will set up an authenticator app when they next sign in.</p>
        </NotificationBanner>
      )}
      {!confirming ? (
        <Button type="button" variant="secondary" onClick={() => open(true)}>
          Reset second factor
        </Button>
      ) : (
        <>
          <WarningText>
            {`${member.name}'s authenticator app and recovery codes will stop working and they will be signed out at once. ` +
              'Check it is them who asked, for example by phoning them.'}
          </WarningText>
          <ButtonGroup>
            <Button type="button" variant="warning" onClick={confirm} disabled={loading}>
              {`Yes, reset ${member.name}'s second factor`}
            </Button>
            <Button type="button" variant="secondary" onClick={() => open(false)}>
              Cancel
            </Button>
          </ButtonGroup>
        </>
      )}
    </section>
  );
}
