import { useApolloClient, useMutation } from '@apollo/client/react';
import { Link, useNavigate } from 'react-router';
import { PERMISSIONS } from '@sentinel/shared';
import { BackLink } from '../ui/BackLink';
import { Loading } from '../ui/Loading';
import { useServerErrors } from '../modules/agencies/components/useAgencyFormErrors';
import { RequirePermission } from '../modules/app/components/RequirePermission';
import { usePageTitle } from '../modules/app/usePageTitle';
import { useViewer } from '../modules/app/viewer-context';
import { OcgForm } from '../modules/ocgs/components/OcgForm';
import { useOfficerOptions } from '../modules/ocgs/components/useOfficerOptions';
import { CreateOcgMutation } from '../modules/ocgs/graphql/create-ocg.mutation';
import { EMPTY_OCG_FORM, OCG_FORM_FIELDS, ocgInput, type OcgFormValues } from '../modules/ocgs/utils/ocg-form';

function NewOcg({ panelId }: { panelId: string }) {
  const client = useApolloClient();
  const navigate = useNavigate();
  const server = useServerErrors(OCG_FORM_FIELDS);
  const officers = useOfficerOptions(panelId);
  const [createOcg, { loading }] = useMutation(CreateOcgMutation);
  usePageTitle('Record a group', server.hasErrors);
  if (officers.loading) return <Loading />;

  const onSubmit = async (values: OcgFormValues) => {
    server.clear();
    try {
      const { data } = await createOcg({ variables: { input: { panelId, ...ocgInput(values) } } });
      if (!data) return;
      client.cache.evict({ id: 'ROOT_QUERY', fieldName: 'ocgs' });
      client.cache.gc();
      await navigate(`/ocgs/${data.createOcg.id}`);
    } catch (e) {
      server.show(e);
    }
  };

  return (
    <>
      <BackLink to="/ocgs">Back to groups</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <OcgForm
            initialValues={EMPTY_OCG_FORM}
            officers={officers.options}
            submitText="Record group"
            onSubmit={onSubmit}
            serverErrors={server.fieldErrors}
            serverGeneral={server.general}
            submitting={loading}
            heading={<h1 className="govuk-heading-l">Record a group</h1>}
            cancel={
              <Link className="govuk-link" to="/ocgs">
                Cancel
              </Link>
            }
          />
        </div>
      </div>
    </>
  );
}

export function OcgNewPage() {
  const { membership } = useViewer();
  return (
    <RequirePermission permission={PERMISSIONS.OCG_WRITE}>
      {membership && <NewOcg key={membership.panelId} panelId={membership.panelId} />}
    </RequirePermission>
  );
}
