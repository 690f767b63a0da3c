import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useNavigate, useParams } from 'react-router';
import { FOUR_P_LABELS, PERMISSIONS, TACTIC_HEADING_LABELS } from '@sentinel/shared';
import { Loading } from '../ui/Loading';
import { useAgencyOptions, usePanelId } from '../modules/agencies/components/useAgencyOptions';
import { useServerErrors } from '../modules/agencies/components/useAgencyFormErrors';
import { RequirePermission } from '../modules/app/components/RequirePermission';
import { NotFoundContent, ServiceErrorContent } from '../modules/app/components/StatusContent';
import { usePageTitle } from '../modules/app/usePageTitle';
import { useConflict, useOpenedVersion } from '../modules/app/useConflict';
import { apiErrors, hasErrorCode } from '../modules/app/utils/api-errors';
import { OcgChildPage } from '../modules/ocgs/components/OcgChildPage';
import { OBJECTIVE_FIELDS, type ObjectiveFormValues } from '../modules/plans/components/ObjectiveForm';
import { ObjectiveEditor } from '../modules/plans/components/ObjectiveEditor';
import { DeleteObjectiveMutation } from '../modules/plans/graphql/delete-objective.mutation';
import { OcgPlanQuery } from '../modules/plans/graphql/ocg-plan.query';
import { UpdateObjectiveMutation } from '../modules/plans/graphql/update-objective.mutation';
import { objectiveFormValues, objectiveInput } from '../modules/plans/utils/objective-form';

function EditObjective({ ocgId, objectiveId, panelId }: { ocgId: string; objectiveId: string; panelId: string }) {
  const navigate = useNavigate();
  const agencies = useAgencyOptions(panelId);
  const server = useServerErrors(OBJECTIVE_FIELDS);
  const [confirming, setConfirming] = useState(false);
  const [deleteProblems, setDeleteProblems] = useState<string[]>([]);
  // The version edited against is the one read when the page opened: a later change by someone else is a CONFLICT.
  const { data, error, refetch } = useQuery(OcgPlanQuery, { variables: { id: ocgId }, fetchPolicy: 'network-only', nextFetchPolicy: 'cache-only' });
  const objective = data?.ocg.plan.objectives.find((o) => o.id === objectiveId);
  const opened = useOpenedVersion(objective?.version);
  const conflict = useConflict<ObjectiveFormValues>('OcgObjective');
  const refresh = { refetchQueries: [{ query: OcgPlanQuery, variables: { id: ocgId } }], awaitRefetchQueries: true };
  const [update, { loading: saving }] = useMutation(UpdateObjectiveMutation, refresh);
  const [remove, { loading: deleting }] = useMutation(DeleteObjectiveMutation, refresh);
  usePageTitle(confirming ? 'Delete this objective' : 'Change an objective', confirming ? deleteProblems.length > 0 : server.hasErrors);

  const codes = apiErrors(error).map((e) => e.code);
  if ((data && !objective) || (!data && (codes.includes('NOT_FOUND') || codes.includes('BAD_USER_INPUT')))) return <NotFoundContent />;
  if (!data && error) return <ServiceErrorContent message={error.message} />;
  if (!objective || !agencies) return <Loading />;

  const version = () => opened.current();
  // After a clash the summary says so, the review lays the changes side by side, and a second attempt is made
  // against the newer version.
  const reload = async () => opened.moveTo((await refetch()).data?.ocg.plan.objectives.find((o) => o.id === objectiveId)?.version);
  const valueLabels = {
    strand: FOUR_P_LABELS,
    ownerAgencyId: Object.fromEntries(agencies.map((a) => [a.value, a.label])),
    tacticHeadings: TACTIC_HEADING_LABELS,
  };
  const back = `/ocgs/${ocgId}#plan`;

  return (
    <OcgChildPage ocgId={ocgId}>
      {({ ocg, heading, cancel }) => (
        <ObjectiveEditor
          key={objective.id}
          agencies={agencies}
          initialValues={objectiveFormValues(objective)}
          savedText={objective.objective}
          caption={`${ocg.reference} ${ocg.name}`}
          heading={(title) => (
            <>
              {heading(title)}
              {conflict.review(objectiveFormValues(objective), valueLabels)}
            </>
          )}
          cancel={cancel}
          serverErrors={server.fieldErrors}
          serverGeneral={server.general}
          deleteProblems={deleteProblems}
          saving={saving}
          deleting={deleting}
          onConfirmingChange={(next) => {
            setDeleteProblems([]);
            setConfirming(next);
          }}
          onSave={async (v) => {
            server.clear();
            try {
              await update({ variables: { input: { id: objectiveId, version: version(), ...objectiveInput(v) } } });
              await navigate(back);
            } catch (e) {
              server.show(e);
              await conflict.caught(e, v, reload);
            }
          }}
          onDelete={async () => {
            setDeleteProblems([]);
            try {
              await remove({ variables: { input: { id: objectiveId, version: version() } } });
              await navigate(back);
            } catch (e) {
              setDeleteProblems(apiErrors(e).map((x) => x.message));
              if (hasErrorCode(e, 'CONFLICT')) await reload().catch(() => undefined);
            }
          }}
        />
      )}
    </OcgChildPage>
  );
}

export function OcgObjectiveEditPage() {
  const { id = '', objectiveId = '' } = useParams();
  const panelId = usePanelId();
  return (
    <RequirePermission permission={PERMISSIONS.PLAN_WRITE}>
      <EditObjective key={`${id}:${objectiveId}`} ocgId={id} objectiveId={objectiveId} panelId={panelId} />
    </RequirePermission>
  );
}
