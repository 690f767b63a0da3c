import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { PERMISSIONS } from '@sentinel/shared';
import { BackLink } from '../ui/BackLink';
import { Loading } from '../ui/Loading';
import { NotFoundContent, ServiceErrorContent } from '../modules/app/components/StatusContent';
import { usePageTitle } from '../modules/app/usePageTitle';
import { apiErrors } from '../modules/app/utils/api-errors';
import { useCan } from '../modules/app/viewer-context';
import { getFragmentData } from '../gql';
import { ReferralDecision } from '../modules/referrals/components/ReferralDecision';
import { ReferralOffenders, ReferralOutcome, ReferralSummary } from '../modules/referrals/components/ReferralSummary';
import { ReferralDetailsFragment } from '../modules/referrals/graphql/referral-details.fragment';
import { ReferralQuery } from '../modules/referrals/graphql/referral.query';

function ReferralView({ id }: { id: string }) {
  const { data, loading, error, refetch } = useQuery(ReferralQuery, { variables: { id } });
  const reload = async () => getFragmentData(ReferralDetailsFragment, (await refetch()).data?.referral)?.version;
  const referral = getFragmentData(ReferralDetailsFragment, data?.referral);
  const assessor = useCan(PERMISSIONS.REFERRAL_ASSESS);
  usePageTitle(referral ? `Referral ${referral.reference}` : 'Referral');
  const codes = apiErrors(error).map((e) => e.code);
  if (!data && (codes.includes('NOT_FOUND') || codes.includes('BAD_USER_INPUT') || codes.includes('FORBIDDEN'))) return <NotFoundContent />;
  if (error && !data) return <ServiceErrorContent message={error.message} />;
  if (loading || !referral) return <Loading />;
  const open = referral.status === 'RECEIVED' || referral.status === 'UNDER_ASSESSMENT';
  return (
    <>
      <BackLink to="/referrals">Back to referrals</BackLink>
      <span className="govuk-caption-l">Referral</span>
      <h1 className="govuk-heading-l">{referral.reference}</h1>
      <ReferralOutcome referral={referral} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ReferralSummary referral={referral} />
          <h2 className="govuk-heading-m">Offenders</h2>
          <ReferralOffenders referral={referral} />
          {assessor && open && <ReferralDecision referral={referral} reload={reload} />}
        </div>
      </div>
    </>
  );
}

export function ReferralPage() {
  const { id = '' } = useParams();
  return <ReferralView key={id} id={id} />;
}
