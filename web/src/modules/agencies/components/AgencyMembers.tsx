import { useQuery } from '@apollo/client/react';
import { LIMITS, PERMISSIONS } from '@sentinel/shared';
import { Loading } from '../../../ui/Loading';
import { LoadFailed } from '../../app/components/StatusContent';
import { useCan } from '../../app/viewer-context';
import { MemberTable } from '../../members/components/MemberTable';
import { MembersQuery } from '../../members/graphql/members.query';

type Props = { panelId: string; agencyId: string; agencyName: string };

export function AgencyMembers({ panelId, agencyId, agencyName }: Props) {
  const canRead = useCan(PERMISSIONS.MEMBER_READ);
  const { data, loading, error } = useQuery(MembersQuery, {
    variables: { panelId, agencyId, includeDisabled: false, limit: LIMITS.pageSizeMax, offset: 0 },
    skip: !canRead,
  });
  if (!canRead) return null;
  return (
    <>
      <h2 className="govuk-heading-m">Members</h2>
      {error && !data ? (
        <LoadFailed message={error.message} />
      ) : !data ? (
        loading && <Loading />
      ) : data.members.nodes.length === 0 ? (
        <p className="govuk-body">No active members from this agency.</p>
      ) : (
        <MemberTable members={data.members.nodes} caption={`Members from ${agencyName}`} hideAgency />
      )}
    </>
  );
}
