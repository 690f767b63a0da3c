import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { PERMISSIONS } from '@sentinel/shared';
import { ButtonLink } from '../ui/Button';
import { ForbiddenContent } from '../modules/app/components/StatusContent';
import { usePageTitle } from '../modules/app/usePageTitle';
import { usePaging } from '../modules/app/usePaging';
import { holds, useViewer } from '../modules/app/viewer-context';
import { EMPTY_REFERRAL_FILTER, ReferralFilter } from '../modules/referrals/components/ReferralFilter';
import { ReferralTable } from '../modules/referrals/components/ReferralTable';
import { ReferralsQuery } from '../modules/referrals/graphql/referrals.query';
import { PagedResults } from '../modules/app/components/PagedResults';

function ReferralList({ panelId, caption }: { panelId: string; caption: string }) {
  const [filter, setFilter] = useState(EMPTY_REFERRAL_FILTER);
  const paging = usePaging();
  const { data, loading, error } = useQuery(ReferralsQuery, {
    variables: { panelId, status: filter.status || null, search: filter.search || null, limit: paging.limit, offset: paging.offset },
  });
  return (
    <>
      <ReferralFilter
        applied={filter}
        onApply={(f) => {
          setFilter(f);
          paging.resetPage();
        }}
      />
      <PagedResults page={data?.referrals} loading={loading} error={error} paging={paging} noun={['referral', 'referrals']}>
        {(nodes) => <ReferralTable referrals={nodes} caption={caption} />}
      </PagedResults>
    </>
  );
}

export function ReferralsPage() {
  const { membership } = useViewer();
  const assessor = holds(membership, PERMISSIONS.REFERRAL_ASSESS);
  const canCreate = holds(membership, PERMISSIONS.REFERRAL_CREATE);
  const title = assessor ? 'Referrals' : 'Your agency’s referrals';
  usePageTitle(title);
  if (!assessor && !canCreate) return <ForbiddenContent />;
  return (
    <>
      <h1 className="govuk-heading-l">{title}</h1>
      {assessor && <p className="govuk-body">Referrals from every agency on the panel, newest first.</p>}
      {canCreate && <ButtonLink to="/referrals/new">Make a referral</ButtonLink>}
      {membership && (
        <ReferralList
          key={membership.panelId}
          panelId={membership.panelId}
          caption={assessor ? 'Referrals to the panel' : 'Referrals from your agency'}
        />
      )}
    </>
  );
}
