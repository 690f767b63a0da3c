import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { PANEL_ROLE_LABELS, type PanelRole } from '@sentinel/shared';
import { Button } from '../../../ui/Button';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { NotificationBanner } from '../../../ui/NotificationBanner';
import { Radios } from '../../../ui/Radios';
import { getFragmentData } from '../../../gql';
import type { MemberDetailsFragment } from '../../../gql/graphql';
import { useConflict } from '../../app/useConflict';
import { apiErrors } from '../../app/utils/api-errors';
import { ChangeMemberRoleMutation } from '../graphql/change-member-role.mutation';
import { MemberDetailsFragment as Details } from '../graphql/member-details.fragment';
import type { MemberVersion } from '../utils/member-version';
import { roleLabel, roleOptions } from '../utils/labels';

type Props = { member: MemberDetailsFragment; roles: readonly PanelRole[]; version: MemberVersion };

/**
 * `roles` are those the viewer may give; the page shows the form only for a member whose role they may change.
 * After a CONFLICT the role chosen stays, beside the one saved by someone else, and is saved on the newer version.
 */
export function ChangeRoleForm({ member, roles, version }: Props) {
  const [role, setRole] = useState<PanelRole>(member.role);
  const [errors, setErrors] = useState<string[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const [changeRole, { loading }] = useMutation(ChangeMemberRoleMutation);
  const conflict = useConflict<{ role: PanelRole }>('Membership');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    setErrors([]);
    try {
      const result = await changeRole({ variables: { input: { id: member.id, role, version: version.current() } } });
      version.moveTo(getFragmentData(Details, result.data?.changeMemberRole)?.version);
      conflict.clear();
      setDone(`${member.name} is now ${roleLabel(role).toLowerCase()}`);
    } catch (error) {
      setErrors(apiErrors(error).map((e) => e.message));
      await conflict.caught(error, { role }, version.reload);
    }
  };

  return (
    <section aria-labelledby="change-role-heading">
      <h2 className="govuk-heading-m" id="change-role-heading">
        Change role
      </h2>
      {done && <NotificationBanner success heading={done} />}
      <ErrorSummary errors={errors.map((message) => ({ message, fieldId: 'role' }))} />
      {conflict.review({ role: member.role }, { role: PANEL_ROLE_LABELS })}
      <form onSubmit={submit} noValidate>
        <Radios
          id="role"
          legend="Role on this panel"
          options={roleOptions(roles)}
          value={role}
          onChange={(v) => setRole(v as PanelRole)}
          error={errors[0]}
        />
        <Button variant="secondary" disabled={loading || role === member.role}>
          Change role
        </Button>
      </form>
    </section>
  );
}
