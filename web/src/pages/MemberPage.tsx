import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { canManageRole, grantableRoles, PERMISSIONS } from '@sentinel/shared';
import { BackLink } from '../ui/BackLink';
import { Loading } from '../ui/Loading';
import { getFragmentData } from '../gql';
import { RequirePermission } from '../modules/app/components/RequirePermission';
import { NotFoundContent, ServiceErrorContent } from '../modules/app/components/StatusContent';
import { apiErrors } from '../modules/app/utils/api-errors';
import { usePageTitle } from '../modules/app/usePageTitle';
import { useOpenedVersion } from '../modules/app/useConflict';
import { useCan, useViewer } from '../modules/app/viewer-context';
import { ChangeRoleForm } from '../modules/members/components/ChangeRoleForm';
import { DisableMemberControl } from '../modules/members/components/DisableMemberControl';
import { MemberSummary } from '../modules/members/components/MemberSummary';
import { ResetSecondFactorControl } from '../modules/members/components/ResetSecondFactorControl';
import { SendInvitationControl } from '../modules/members/components/SendInvitationControl';
import { MemberDetailsFragment } from '../modules/members/graphql/member-details.fragment';
import { useMemberManager } from '../modules/members/hooks/useMemberManager';
import { MemberQuery } from '../modules/members/graphql/member.query';

function MemberDetails({ id }: { id: string }) {
  // Opened from the server, not the cache, so that a change of role or access is made to the newest version.
  const { data, loading, error, refetch } = useQuery(MemberQuery, { variables: { id }, fetchPolicy: 'network-only' });
  const member = getFragmentData(MemberDetailsFragment, data?.member);
  const opened = useOpenedVersion(member?.version);
  const version = { ...opened, reload: async () => opened.moveTo(getFragmentData(MemberDetailsFragment, (await refetch()).data?.member)?.version) };
  const canManage = useCan(PERMISSIONS.MEMBER_MANAGE);
  const canReset = useCan(PERMISSIONS.SECOND_FACTOR_RESET);
  const actor = useMemberManager();
  const { viewer } = useViewer();
  usePageTitle(member?.name ?? 'Member');
  const codes = apiErrors(error).map((e) => e.code);
  if (!data && (codes.includes('NOT_FOUND') || codes.includes('BAD_USER_INPUT'))) return <NotFoundContent />;
  if (!data && error) return <ServiceErrorContent message={error.message} />;
  if ((loading && !data) || !member) return <Loading />;
  return (
    <>
      <BackLink to="/members">Back to members</BackLink>
      <span className="govuk-caption-l">Member</span>
      <h1 className="govuk-heading-l">{member.name}</h1>
      <MemberSummary member={member} />
      {canManage && member.invited && !member.disabled && <SendInvitationControl member={member} />}
      {/* Only what the API would allow: never one's own membership, and a chair's only to a chair or the administrator. */}
      {canManage && member.userId !== viewer.id && canManageRole(actor, member.role) && (
        <>
          <ChangeRoleForm key={member.id} member={member} roles={grantableRoles(actor)} version={version} />
          <DisableMemberControl member={member} version={version} />
        </>
      )}
      {canReset && member.userId !== viewer.id && canManageRole(actor, member.role) && <ResetSecondFactorControl member={member} />}
    </>
  );
}

export function MemberPage() {
  const { id = '' } = useParams();
  return (
    <RequirePermission permission={PERMISSIONS.MEMBER_READ}>
      <MemberDetails key={id} id={id} />
    </RequirePermission>
  );
}
