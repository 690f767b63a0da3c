import { useMutation } from '@apollo/client/react';
import { Link, useNavigate, useParams } from 'react-router';
import { AGENCY_KIND_LABELS, PERMISSIONS, TACTIC_HEADING_LABELS } from '@sentinel/shared';
import { BackLink } from '../ui/BackLink';
import { Loading } from '../ui/Loading';
import { AgencyForm } from '../modules/agencies/components/AgencyForm';
import { useAgency } from '../modules/agencies/components/useAgency';
import { useServerErrors } from '../modules/agencies/components/useAgencyFormErrors';
import { UpdateAgencyMutation } from '../modules/agencies/graphql/update-agency.mutation';
import { agencyFormValues, agencyInput, type AgencyFormValues } from '../modules/agencies/utils/agency-form';
import { RequirePermission } from '../modules/app/components/RequirePermission';
import { NotFoundContent, ServiceErrorContent } from '../modules/app/components/StatusContent';
import { usePageTitle } from '../modules/app/usePageTitle';
import { useConflict, useOpenedVersion } from '../modules/app/useConflict';
import { getFragmentData } from '../gql';
import { AgencyDetailsFragment } from '../modules/agencies/graphql/agency-details.fragment';

function EditAgency({ id }: { id: string }) {
  const navigate = useNavigate();
  // Opened from the server, not the cache, so that the form starts from the newest version.
  const { agency, loading, notFound, error, refetch } = useAgency(id, 'network-only');
  const version = useOpenedVersion(agency?.version);
  const conflict = useConflict<AgencyFormValues>('Agency');
  const server = useServerErrors();
  const [updateAgency, { loading: saving }] = useMutation(UpdateAgencyMutation);
  usePageTitle(agency ? `Change ${agency.name}` : 'Change agency', server.hasErrors);

  if (notFound) return <NotFoundContent />;
  if (error) return <ServiceErrorContent message={error.message} />;
  if (loading || !agency) return <Loading />;

  const onSubmit = async (values: AgencyFormValues) => {
    server.clear();
    try {
      await updateAgency({ variables: { input: { id, version: version.current(), ...agencyInput(values) } } });
      await navigate(`/agencies/${id}`);
    } catch (e) {
      server.show(e);
      await conflict.caught(e, values, async () => version.moveTo(getFragmentData(AgencyDetailsFragment, (await refetch()).data?.agency)?.version));
    }
  };

  return (
    <>
      <BackLink to={`/agencies/${id}`}>{`Back to ${agency.name}`}</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <AgencyForm
            key={agency.id}
            initialValues={agencyFormValues(agency)}
            submitText="Save changes"
            onSubmit={onSubmit}
            serverErrors={server.fieldErrors}
            serverGeneral={server.general}
            submitting={saving}
            heading={
              <>
                <span className="govuk-caption-l">{agency.name}</span>
                <h1 className="govuk-heading-l">Change agency details</h1>
                {conflict.review(agencyFormValues(agency), { kind: AGENCY_KIND_LABELS, tacticHeadings: TACTIC_HEADING_LABELS })}
              </>
            }
            cancel={
              <Link className="govuk-link" to={`/agencies/${id}`}>
                Cancel
              </Link>
            }
          />
        </div>
      </div>
    </>
  );
}

export function AgencyEditPage() {
  const { id = '' } = useParams();
  return (
    <RequirePermission permission={PERMISSIONS.AGENCY_MANAGE}>
      <EditAgency key={id} id={id} />
    </RequirePermission>
  );
}
