import { useEffect, useRef, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button, ButtonGroup } from '../../../ui/Button';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { WarningText } from '../../../ui/WarningText';
import type { MemberDetailsFragment } from '../../../gql/graphql';
import { getFragmentData } from '../../../gql';
import { apiErrors, hasErrorCode } from '../../app/utils/api-errors';
import { MemberDetailsFragment as Details } from '../graphql/member-details.fragment';
import type { MemberVersion } from '../utils/member-version';
import { SetMemberDisabledMutation } from '../graphql/set-member-disabled.mutation';

// Disabling signs the person out everywhere at once, so it asks for confirmation first. After a CONFLICT the
// member is read again, so the question asked is about their access as it now is, on the newer version.
export function DisableMemberControl({ member, version }: { member: MemberDetailsFragment; version: MemberVersion }) {
  const [confirming, setConfirming] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);
  const section = useRef<HTMLElement>(null);
  const toggled = useRef(false);
  // The button pressed disappears, so focus follows to the first button of what replaced it.
  useEffect(() => {
    if (!toggled.current) return;
    section.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, [confirming]);
  const open = (value: boolean) => {
    toggled.current = true;
    setConfirming(value);
  };
  const [setDisabled, { loading }] = useMutation(SetMemberDisabledMutation);
  const disabling = !member.disabled;
  const verb = disabling ? 'Disable' : 'Enable';

  const confirm = async () => {
    setErrors([]);
    try {
      const result = await setDisabled({ variables: { input: { id: member.id, disabled: disabling, version: version.current() } } });
      version.moveTo(getFragmentData(Details, result.data?.setMemberDisabled)?.version);
      open(false);
    } catch (error) {
      setErrors(apiErrors(error).map((e) => e.message));
      if (hasErrorCode(error, 'CONFLICT')) await version.reload().catch(() => undefined);
    }
  };

  return (
    <section aria-labelledby="access-heading" ref={section}>
      <h2 className="govuk-heading-m" id="access-heading">
        Access
      </h2>
      <ErrorSummary errors={errors.map((message) => ({ message }))} />
      {!confirming ? (
        <Button type="button" variant={disabling ? 'warning' : 'secondary'} onClick={() => open(true)}>
          {`${verb} member`}
        </Button>
      ) : (
        <>
          <WarningText>
            {disabling
              ? `${member.name} will be signed out at once and will not be able to sign in until enabled again.`
              : `${member.name} will be able to sign in again.`}
          </WarningText>
          <ButtonGroup>
            <Button type="button" variant={disabling ? 'warning' : 'primary'} onClick={confirm} disabled={loading}>
              {`Yes, ${verb.toLowerCase()} ${member.name}`}
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
