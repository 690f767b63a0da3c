import { useApolloClient, useMutation } from '@apollo/client/react';
import { Link, useNavigate, useParams } from 'react-router';
import { CRIME_TYPE_LABELS, GSC_MARKING_LABELS, OCG_STATUS_LABELS, PERMISSIONS } from '@sentinel/shared';
import { BackLink } from '../ui/BackLink';
import { Loading } from '../ui/Loading';
import { useServerErrors } from '../modules/agencies/components/useAgencyFormErrors';
import { RequirePermission } from '../modules/app/components/RequirePermission';
import { NotFoundContent, ServiceErrorContent } from '../modules/app/components/StatusContent';
import { usePageTitle } from '../modules/app/usePageTitle';
import { useConflict, useOpenedVersion } from '../modules/app/useConflict';
import { getFragmentData } from '../gql';
import { OcgDetailsFragment } from '../modules/ocgs/graphql/ocg-details.fragment';
import { OcgForm } from '../modules/ocgs/components/OcgForm';
import { useOcg } from '../modules/ocgs/components/useOcg';
import { useOfficerOptions } from '../modules/ocgs/components/useOfficerOptions';
import { UpdateOcgMutation } from '../modules/ocgs/graphql/update-ocg.mutation';
import { OCG_FORM_FIELDS, ocgFormValues, ocgInput, type OcgFormValues } from '../modules/ocgs/utils/ocg-form';

function EditOcg({ id }: { id: string }) {
  const client = useApolloClient();
  const navigate = useNavigate();
  // Opened from the server, so that the form starts from the newest version.
  const { ocg, loading, notFound, error, refetch } = useOcg(id, 'network-only');
  const server = useServerErrors(OCG_FORM_FIELDS);
  const officers = useOfficerOptions(ocg?.panelId ?? '');
  const [updateOcg, { loading: saving }] = useMutation(UpdateOcgMutation);
  const conflict = useConflict<OcgFormValues>('Ocg');
  const version = useOpenedVersion(ocg?.version);
  usePageTitle(ocg ? `Change ${ocg.reference}` : 'Change group', server.hasErrors);

  if (notFound) return <NotFoundContent />;
  if (error) return <ServiceErrorContent message={error.message} />;
  if (loading || !ocg || officers.loading) return <Loading />;

  const onSubmit = async (values: OcgFormValues) => {
    server.clear();
    try {
      await updateOcg({ variables: { input: { id, version: version.current(), ...ocgInput(values) } } });
      client.cache.evict({ id: 'ROOT_QUERY', fieldName: 'ocgs' });
      client.cache.gc();
      await navigate(`/ocgs/${id}`);
    } catch (e) {
      server.show(e);
      // The summary says what changed and the review shows it; a second save is made against the newer version.
      await conflict.caught(e, values, async () => version.moveTo(getFragmentData(OcgDetailsFragment, (await refetch()).data?.ocg)?.version));
    }
  };
  const officerNames = Object.fromEntries(officers.options.map((o) => [o.value, o.label]));
  const valueLabels = {
    status: OCG_STATUS_LABELS,
    crimeTypes: CRIME_TYPE_LABELS,
    lroUserId: officerNames,
    sroUserId: officerNames,
    gscMarking: GSC_MARKING_LABELS,
  };

  return (
    <>
      <BackLink to={`/ocgs/${id}`}>{`Back to ${ocg.reference}`}</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <OcgForm
            key={ocg.id}
            initialValues={ocgFormValues(ocg)}
            officers={officers.options}
            submitText="Save changes"
            onSubmit={onSubmit}
            serverErrors={server.fieldErrors}
            serverGeneral={server.general}
            submitting={saving}
            heading={
              <>
                <span className="govuk-caption-l">{`${ocg.reference} ${ocg.name}`}</span>
                <h1 className="govuk-heading-l">Change group details</h1>
                {conflict.review(ocgFormValues(ocg), valueLabels)}
              </>
            }
            cancel={
              <Link className="govuk-link" to={`/ocgs/${id}`}>
                Cancel
              </Link>
            }
          />
        </div>
      </div>
    </>
  );
}

export function OcgEditPage() {
  const { id = '' } = useParams();
  return (
    <RequirePermission permission={PERMISSIONS.OCG_WRITE}>
      <EditOcg key={id} id={id} />
    </RequirePermission>
  );
}
