import { useMutation } from '@apollo/client/react';
import { useNavigate, useParams } from 'react-router';
import { PERMISSIONS } from '@sentinel/shared';
import { Loading } from '../ui/Loading';
import { useAgencyOptions, usePanelId } from '../modules/agencies/components/useAgencyOptions';
import { useServerErrors } from '../modules/agencies/components/useAgencyFormErrors';
import { RequirePermission } from '../modules/app/components/RequirePermission';
import { usePageTitle } from '../modules/app/usePageTitle';
import { useActingAgencies } from '../modules/disruptions/components/useActingAgencies';
import { DisruptionForm } from '../modules/disruptions/components/DisruptionForm';
import { OcgDisruptionsQuery } from '../modules/disruptions/graphql/ocg-disruptions.query';
import { RecordDisruptionMutation } from '../modules/disruptions/graphql/record-disruption.mutation';
import { DISRUPTION_FIELDS, disruptionInput } from '../modules/disruptions/utils/disruption-form';
import { OcgChildPage } from '../modules/ocgs/components/OcgChildPage';
import { ObjectiveForm, OBJECTIVE_FIELDS, type ObjectiveFormValues } from '../modules/plans/components/ObjectiveForm';
import { CreateObjectiveMutation } from '../modules/plans/graphql/create-objective.mutation';
import { OcgPlanQuery } from '../modules/plans/graphql/ocg-plan.query';
import { objectiveInput } from '../modules/plans/utils/objective-form';

function AddObjective({ ocgId, panelId }: { ocgId: string; panelId: string }) {
  const navigate = useNavigate();
  const agencies = useAgencyOptions(panelId);
  const server = useServerErrors(OBJECTIVE_FIELDS);
  const [create, { loading }] = useMutation(CreateObjectiveMutation, {
    refetchQueries: [{ query: OcgPlanQuery, variables: { id: ocgId } }],
    awaitRefetchQueries: true,
  });
  usePageTitle('Add an objective', server.hasErrors);
  if (!agencies) return <Loading />;
  return (
    <OcgChildPage ocgId={ocgId}>
      {({ heading, cancel }) => (
        <ObjectiveForm
          agencies={agencies}
          heading={heading('Add an objective to the 4P plan')}
          cancel={cancel}
          serverErrors={server.fieldErrors}
          serverGeneral={server.general}
          submitting={loading}
          onSubmit={async (v: ObjectiveFormValues) => {
            server.clear();
            try {
              await create({ variables: { input: { ocgId, ...objectiveInput(v) } } });
              await navigate(`/ocgs/${ocgId}#plan`);
            } catch (e) {
              server.show(e);
            }
          }}
        />
      )}
    </OcgChildPage>
  );
}

function AddDisruption({ ocgId, panelId }: { ocgId: string; panelId: string }) {
  const navigate = useNavigate();
  const { loading: agenciesLoading, agencies } = useActingAgencies(panelId);
  const server = useServerErrors(DISRUPTION_FIELDS);
  const [record, { loading }] = useMutation(RecordDisruptionMutation, {
    refetchQueries: [{ query: OcgDisruptionsQuery, variables: { id: ocgId } }],
    awaitRefetchQueries: true,
  });
  usePageTitle('Record a disruption', server.hasErrors);
  if (agenciesLoading) return <Loading />;
  return (
    <OcgChildPage ocgId={ocgId}>
      {({ heading, cancel }) => (
        <DisruptionForm
          agencies={agencies}
          heading={heading('Record a disruption')}
          cancel={cancel}
          serverErrors={server.fieldErrors}
          serverGeneral={server.general}
          submitting={loading}
          onSubmit={async (v) => {
            server.clear();
            try {
              await record({ variables: { input: disruptionInput(ocgId, v) } });
              await navigate(`/ocgs/${ocgId}#disruptions`);
            } catch (e) {
              server.show(e);
            }
          }}
        />
      )}
    </OcgChildPage>
  );
}

export function OcgObjectiveNewPage() {
  const { id = '' } = useParams();
  const panelId = usePanelId();
  return (
    <RequirePermission permission={PERMISSIONS.PLAN_WRITE}>
      <AddObjective key={id} ocgId={id} panelId={panelId} />
    </RequirePermission>
  );
}

export function OcgDisruptionNewPage() {
  const { id = '' } = useParams();
  const panelId = usePanelId();
  return (
    <RequirePermission permission={PERMISSIONS.DISRUPTION_WRITE}>
      <AddDisruption key={id} ocgId={id} panelId={panelId} />
    </RequirePermission>
  );
}
