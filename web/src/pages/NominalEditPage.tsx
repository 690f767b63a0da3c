import { useMutation } from '@apollo/client/react';
import { Link, useNavigate, useParams } from 'react-router';
import { GSC_MARKING_LABELS, PERMISSIONS } from '@sentinel/shared';
import { BackLink } from '../ui/BackLink';
import { Loading } from '../ui/Loading';
import { useServerErrors } from '../modules/agencies/components/useAgencyFormErrors';
import { RequirePermission } from '../modules/app/components/RequirePermission';
import { ForbiddenContent, NotFoundContent, ServiceErrorContent } from '../modules/app/components/StatusContent';
import { usePageTitle } from '../modules/app/usePageTitle';
import { useConflict, useOpenedVersion } from '../modules/app/useConflict';
import { getFragmentData } from '../gql';
import { NominalDetailsFragment } from '../modules/nominals/graphql/nominal-details.fragment';
import { NominalForm } from '../modules/nominals/components/NominalForm';
import { useNominal } from '../modules/nominals/components/useNominal';
import { UpdateNominalMutation } from '../modules/nominals/graphql/update-nominal.mutation';
import { NOMINAL_FORM_FIELDS, nominalFormValues, nominalInput, type NominalFormValues } from '../modules/nominals/utils/nominal-form';

function EditNominal({ id }: { id: string }) {
  const navigate = useNavigate();
  const { nominal, loading, notFound, error, refetch } = useNominal(id, 'network-only');
  const version = useOpenedVersion(nominal?.version);
  const conflict = useConflict<NominalFormValues>('Nominal');
  const server = useServerErrors(NOMINAL_FORM_FIELDS);
  const [updateNominal, { loading: saving }] = useMutation(UpdateNominalMutation);
  usePageTitle(nominal ? `Change nominal ${nominal.reference}` : 'Change nominal', server.hasErrors);

  if (notFound) return <NotFoundContent />;
  if (error) return <ServiceErrorContent message={error.message} />;
  if (loading || !nominal) return <Loading />;
  // Someone who may not see the details cannot edit them either.
  if (nominal.personalDataWithheld) return <ForbiddenContent />;

  const onSubmit = async (values: NominalFormValues) => {
    server.clear();
    try {
      await updateNominal({ variables: { input: { id, version: version.current(), ...nominalInput(values) } } });
      await navigate(`/nominals/${id}`);
    } catch (e) {
      server.show(e);
      await conflict.caught(e, values, async () => version.moveTo(getFragmentData(NominalDetailsFragment, (await refetch()).data?.nominal)?.version));
    }
  };

  return (
    <>
      <BackLink to={`/nominals/${id}`}>{`Back to ${nominal.reference}`}</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <NominalForm
            key={nominal.id}
            initialValues={nominalFormValues(nominal)}
            withRole={false}
            submitText="Save changes"
            onSubmit={onSubmit}
            serverErrors={server.fieldErrors}
            serverGeneral={server.general}
            submitting={saving}
            heading={
              <>
                <span className="govuk-caption-l">{`Nominal ${nominal.reference}`}</span>
                <h1 className="govuk-heading-l">Change personal details</h1>
                {conflict.review(nominalFormValues(nominal), { gscMarking: GSC_MARKING_LABELS })}
              </>
            }
            cancel={
              <Link className="govuk-link" to={`/nominals/${id}`}>
                Cancel
              </Link>
            }
          />
        </div>
      </div>
    </>
  );
}

export function NominalEditPage() {
  const { id = '' } = useParams();
  return (
    <RequirePermission permission={PERMISSIONS.OCG_WRITE}>
      <EditNominal key={id} id={id} />
    </RequirePermission>
  );
}
