import { useApolloClient, useMutation } from '@apollo/client/react';
import { Link, useNavigate } from 'react-router';
import { PERMISSIONS } from '@sentinel/shared';
import { BackLink } from '../ui/BackLink';
import { AgencyForm } from '../modules/agencies/components/AgencyForm';
import { useServerErrors } from '../modules/agencies/components/useAgencyFormErrors';
import { CreateAgencyMutation } from '../modules/agencies/graphql/create-agency.mutation';
import { agencyInput, EMPTY_AGENCY_FORM, type AgencyFormValues } from '../modules/agencies/utils/agency-form';
import { RequirePermission } from '../modules/app/components/RequirePermission';
import { usePageTitle } from '../modules/app/usePageTitle';
import { useViewer } from '../modules/app/viewer-context';

function NewAgency({ panelId }: { panelId: string }) {
  const client = useApolloClient();
  const navigate = useNavigate();
  const server = useServerErrors();
  const [createAgency, { loading }] = useMutation(CreateAgencyMutation);
  usePageTitle('Add an agency', server.hasErrors);

  const onSubmit = async (values: AgencyFormValues) => {
    server.clear();
    try {
      const { data } = await createAgency({ variables: { input: { panelId, ...agencyInput(values) } } });
      // Lists and counts are refetched when next shown rather than patched by hand.
      client.cache.evict({ id: 'ROOT_QUERY', fieldName: 'agencies' });
      client.cache.gc();
      if (data) await navigate(`/agencies/${data.createAgency.id}`);
    } catch (error) {
      server.show(error);
    }
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <AgencyForm
          initialValues={EMPTY_AGENCY_FORM}
          submitText="Add agency"
          onSubmit={onSubmit}
          serverErrors={server.fieldErrors}
          serverGeneral={server.general}
          submitting={loading}
          heading={<h1 className="govuk-heading-l">Add an agency</h1>}
          cancel={
            <Link className="govuk-link" to="/agencies">
              Cancel
            </Link>
          }
        />
      </div>
    </div>
  );
}

export function AgencyNewPage() {
  const { membership } = useViewer();
  return (
    <RequirePermission permission={PERMISSIONS.AGENCY_MANAGE}>
      <BackLink to="/agencies">Back to agencies</BackLink>
      {membership && <NewAgency panelId={membership.panelId} />}
    </RequirePermission>
  );
}
