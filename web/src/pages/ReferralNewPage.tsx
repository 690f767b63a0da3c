import { useApolloClient, useMutation } from '@apollo/client/react';
import { Link, useNavigate } from 'react-router';
import { PERMISSIONS } from '@sentinel/shared';
import { BackLink } from '../ui/BackLink';
import { useServerErrors } from '../modules/agencies/components/useAgencyFormErrors';
import { RequirePermission } from '../modules/app/components/RequirePermission';
import { usePageTitle } from '../modules/app/usePageTitle';
import { useViewer } from '../modules/app/viewer-context';
import { ReferralForm } from '../modules/referrals/components/ReferralForm';
import { CreateReferralMutation } from '../modules/referrals/graphql/create-referral.mutation';
import { REFERRAL_FIELDS, referralInput, type ReferralFormValues } from '../modules/referrals/utils/referral-form';

function NewReferral({ panelId }: { panelId: string }) {
  const client = useApolloClient();
  const navigate = useNavigate();
  const server = useServerErrors(REFERRAL_FIELDS);
  const [createReferral, { loading }] = useMutation(CreateReferralMutation);
  usePageTitle('Make a referral', server.hasErrors);
  const onSubmit = async (values: ReferralFormValues) => {
    server.clear();
    try {
      const { data } = await createReferral({ variables: { input: referralInput(panelId, values) } });
      if (!data) return;
      client.cache.evict({ id: 'ROOT_QUERY', fieldName: 'referrals' });
      client.cache.gc();
      await navigate(`/referrals/${data.createReferral.id}`);
    } catch (e) {
      server.show(e);
    }
  };
  return (
    <>
      <BackLink to="/referrals">Back to referrals</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ReferralForm
            onSubmit={onSubmit}
            serverErrors={server.fieldErrors}
            serverGeneral={server.general}
            submitting={loading}
            heading={<h1 className="govuk-heading-l">Make a referral</h1>}
            cancel={
              <Link className="govuk-link" to="/referrals">
                Cancel
              </Link>
            }
          />
        </div>
      </div>
    </>
  );
}

export function ReferralNewPage() {
  const { membership } = useViewer();
  return (
    <RequirePermission permission={PERMISSIONS.REFERRAL_CREATE}>
      {membership && <NewReferral key={membership.panelId} panelId={membership.panelId} />}
    </RequirePermission>
  );
}
