import { useMutation } from '@apollo/client/react';
import { Link, useNavigate, useParams } from 'react-router';
import { PERMISSIONS, type NominalRole } from '@sentinel/shared';
import { BackLink } from '../ui/BackLink';
import { Loading } from '../ui/Loading';
import { useServerErrors } from '../modules/agencies/components/useAgencyFormErrors';
import { RequirePermission } from '../modules/app/components/RequirePermission';
import { NotFoundContent, ServiceErrorContent } from '../modules/app/components/StatusContent';
import { usePageTitle } from '../modules/app/usePageTitle';
import { NominalForm } from '../modules/nominals/components/NominalForm';
import { CreateNominalMutation } from '../modules/nominals/graphql/create-nominal.mutation';
import { EMPTY_NOMINAL_FORM, NOMINAL_FORM_FIELDS, nominalInput, type NominalFormValues } from '../modules/nominals/utils/nominal-form';
import { useOcg } from '../modules/ocgs/components/useOcg';
import { OcgQuery } from '../modules/ocgs/graphql/ocg.query';

function AddNominal({ ocgId }: { ocgId: string }) {
  const navigate = useNavigate();
  const { ocg, loading, notFound, error } = useOcg(ocgId);
  const server = useServerErrors(NOMINAL_FORM_FIELDS);
  const [createNominal, { loading: saving }] = useMutation(CreateNominalMutation, {
    refetchQueries: [{ query: OcgQuery, variables: { id: ocgId } }],
    awaitRefetchQueries: true,
  });
  usePageTitle('Add a nominal', server.hasErrors);
  if (notFound) return <NotFoundContent />;
  if (error) return <ServiceErrorContent message={error.message} />;
  if (loading || !ocg) return <Loading />;

  const onSubmit = async (values: NominalFormValues) => {
    server.clear();
    try {
      await createNominal({
        variables: { input: { panelId: ocg.panelId, ocgId, role: values.role as NominalRole, ...nominalInput(values) } },
      });
      await navigate(`/ocgs/${ocgId}#nominals`);
    } catch (e) {
      server.show(e);
    }
  };

  return (
    <>
      <BackLink to={`/ocgs/${ocgId}`}>{`Back to ${ocg.reference}`}</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <NominalForm
            initialValues={EMPTY_NOMINAL_FORM}
            withRole
            submitText="Add nominal"
            onSubmit={onSubmit}
            serverErrors={server.fieldErrors}
            serverGeneral={server.general}
            submitting={saving}
            heading={
              <>
                <span className="govuk-caption-l">{`${ocg.reference} ${ocg.name}`}</span>
                <h1 className="govuk-heading-l">Add a nominal</h1>
              </>
            }
            cancel={
              <Link className="govuk-link" to={`/ocgs/${ocgId}`}>
                Cancel
              </Link>
            }
          />
        </div>
      </div>
    </>
  );
}

export function OcgNominalNewPage() {
  const { id = '' } = useParams();
  return (
    <RequirePermission permission={PERMISSIONS.OCG_WRITE}>
      <AddNominal key={id} ocgId={id} />
    </RequirePermission>
  );
}
