import { useState } from 'react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { grantableRoles, PERMISSIONS } from '@sentinel/shared';
import { BackLink } from '../ui/BackLink';
import { Loading } from '../ui/Loading';
import { AgencyOptionsQuery } from '../modules/agencies/graphql/agency-options.query';
import { useServerErrors } from '../modules/agencies/components/useAgencyFormErrors';
import { RequirePermission } from '../modules/app/components/RequirePermission';
import { usePageTitle } from '../modules/app/usePageTitle';
import { useViewer } from '../modules/app/viewer-context';
import { AddMemberForm } from '../modules/members/components/AddMemberForm';
import { useMemberManager } from '../modules/members/hooks/useMemberManager';
import { InvitationSentPanel } from '../modules/members/components/InvitationSentPanel';
import { AddMemberMutation } from '../modules/members/graphql/add-member.mutation';
import { ADD_MEMBER_FIELDS, type AddMemberValues } from '../modules/members/utils/add-member-form';
import type { PanelRole } from '@sentinel/shared';

type Added = { memberId: string; name: string; email: string; invitationSent: boolean };

function NewMember({ panelId }: { panelId: string }) {
  const client = useApolloClient();
  const server = useServerErrors(ADD_MEMBER_FIELDS);
  const [added, setAdded] = useState<Added | null>(null);
  const roles = grantableRoles(useMemberManager());
  const agencies = useQuery(AgencyOptionsQuery, { variables: { panelId } });
  const [addMember, { loading }] = useMutation(AddMemberMutation);
  usePageTitle(added ? 'Member added' : 'Add a member', server.hasErrors);

  if (added) return <InvitationSentPanel {...added} />;
  if (!agencies.data) return agencies.error ? <p className="govuk-body">{agencies.error.message}</p> : <Loading />;

  const onSubmit = async (values: AddMemberValues) => {
    server.clear();
    try {
      const { data } = await addMember({
        variables: { input: { panelId, name: values.name, email: values.email, agencyId: values.agencyId, role: values.role as PanelRole } },
      });
      if (!data) return;
      client.cache.evict({ id: 'ROOT_QUERY', fieldName: 'members' });
      client.cache.evict({ id: 'ROOT_QUERY', fieldName: 'agencies' });
      client.cache.gc();
      const { member, invitationSent } = data.addMember;
      setAdded({ memberId: member.id, name: member.name, email: member.email, invitationSent });
    } catch (error) {
      server.show(error);
    }
  };

  return (
    <>
      <BackLink to="/members">Back to members</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <AddMemberForm
            agencies={agencies.data.agencies.nodes.map((a) => ({ value: a.id, label: a.name }))}
            roles={roles}
            onSubmit={onSubmit}
            serverErrors={server.fieldErrors}
            serverGeneral={server.general}
            submitting={loading}
            heading={<h1 className="govuk-heading-l">Add a member</h1>}
            cancel={
              <Link className="govuk-link" to="/members">
                Cancel
              </Link>
            }
          />
        </div>
      </div>
    </>
  );
}

export function MemberNewPage() {
  const { membership } = useViewer();
  return (
    <RequirePermission permission={PERMISSIONS.MEMBER_MANAGE}>
      {membership && <NewMember key={membership.panelId} panelId={membership.panelId} />}
    </RequirePermission>
  );
}
