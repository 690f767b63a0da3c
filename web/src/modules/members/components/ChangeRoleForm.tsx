import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import type { PanelRole } from '@sentinel/shared';
import { Button } from '../../../ui/Button';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { NotificationBanner } from '../../../ui/NotificationBanner';
import { Radios } from '../../../ui/Radios';
import type { MemberDetailsFragment } from '../../../gql/graphql';
import { apiErrors } from '../../app/utils/api-errors';
import { ChangeMemberRoleMutation } from '../graphql/change-member-role.mutation';
import { roleLabel, roleOptions } from '../utils/labels';

/** `roles` are those the viewer may give; the page shows the form only for a member whose role they may change. */
export function ChangeRoleForm({ member, roles }: { member: MemberDetailsFragment; roles: readonly PanelRole[] }) {
  const [role, setRole] = useState<PanelRole>(member.role);
  const [errors, setErrors] = useState<string[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const [changeRole, { loading }] = useMutation(ChangeMemberRoleMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    setErrors([]);
    try {
      await changeRole({ variables: { input: { id: member.id, role, version: member.version } } });
      setDone(`${member.name} is now ${roleLabel(role).toLowerCase()}`);
    } catch (error) {
      setErrors(apiErrors(error).map((e) => e.message));
    }
  };

  return (
    <section aria-labelledby="change-role-heading">
      <h2 className="govuk-heading-m" id="change-role-heading">
        Change role
      </h2>
      {done && <NotificationBanner success heading={done} />}
      <ErrorSummary errors={errors.map((message) => ({ message, fieldId: 'role' }))} />
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
