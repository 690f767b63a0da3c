import { useMutation } from '@apollo/client/react';
import { Link, useNavigate, useParams } from 'react-router';
import { PERMISSIONS, type NominalRole } from '@sentinel/shared';
import { BackLink } from '../ui/BackLink';
import { Loading } from '../ui/Loading';
import { useServerErrors } from '../modules/agencies/components/useAgencyFormErrors';
import { RequirePermission } from '../modules/app/components/RequirePermission';
import { NotFoundContent, ServiceErrorContent } from '../modules/app/components/StatusContent';
import { usePageTitle } from '../modules/app/usePageTitle';
import { AddNominalChoice } from '../modules/nominals/components/AddNominalChoice';
import { EXISTING_NOMINAL_FIELDS } from '../modules/nominals/components/ExistingNominalForm';
import { CreateNominalMutation } from '../modules/nominals/graphql/create-nominal.mutation';
import { SetNominalRoleMutation } from '../modules/nominals/graphql/set-nominal-role.mutation';
import { NOMINAL_FORM_FIELDS, nominalInput, type NominalFormValues } from '../modules/nominals/utils/nominal-form';
import { useOcg } from '../modules/ocgs/components/useOcg';
import { OcgQuery } from '../modules/ocgs/graphql/ocg.query';

function AddNominal({ ocgId }: { ocgId: string }) {
  const navigate = useNavigate();
  const { ocg, links, loading, notFound, error } = useOcg(ocgId);
  const server = useServerErrors(NOMINAL_FORM_FIELDS);
  const existing = useServerErrors(EXISTING_NOMINAL_FIELDS);
  const refresh = { refetchQueries: [{ query: OcgQuery, variables: { id: ocgId } }], awaitRefetchQueries: true };
  const [createNominal, created] = useMutation(CreateNominalMutation, refresh);
  const [setNominalRole, added] = useMutation(SetNominalRoleMutation, refresh);
  usePageTitle('Add a nominal', server.hasErrors || existing.hasErrors);
  if (notFound) return <NotFoundContent />;
  if (error) return <ServiceErrorContent message={error.message} />;
  if (loading || !ocg || !links) return <Loading />;

  const onCreate = async (values: NominalFormValues) => {
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
  const onAddExisting = async ({ nominalId, role }: { nominalId: string; role: NominalRole }) => {
    existing.clear();
    try {
      await setNominalRole({ variables: { input: { ocgId, nominalId, role } } });
      await navigate(`/ocgs/${ocgId}#nominals`);
    } catch (e) {
      existing.show(e);
    }
  };

  return (
    <>
      <BackLink to={`/ocgs/${ocgId}`}>{`Back to ${ocg.reference}`}</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <AddNominalChoice
            panelId={ocg.panelId}
            memberIds={links.nominals.map((m) => m.nominal.id)}
            caption={`${ocg.reference} ${ocg.name}`}
            onCreate={onCreate}
            onAddExisting={onAddExisting}
            createErrors={server}
            existingErrors={existing}
            submitting={created.loading || added.loading}
            onModeChange={() => {
              server.clear();
              existing.clear();
            }}
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
