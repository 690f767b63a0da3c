import { formatDay } from '@sentinel/shared';
import { Tag } from '../../../ui/Tag';

type Status = { disabled: boolean; invited: boolean; invitationExpiresAt?: string | null };

/** Disabled, invited (until they accept; with when the invitation expires, where it is asked for), or active. */
export function MemberStatusTag({ member }: { member: Status }) {
  if (member.disabled) return <Tag colour="grey">Disabled</Tag>;
  if (!member.invited) return <Tag colour="green">Active</Tag>;
  if (member.invitationExpiresAt === undefined) return <Tag colour="blue">Invited</Tag>;
  return (
    <>
      <Tag colour="blue">Invited</Tag>{' '}
      <span className="govuk-body-s">
        {member.invitationExpiresAt ? `Invitation expires ${formatDay(member.invitationExpiresAt)}` : 'Invitation expired'}
      </span>
    </>
  );
}
