import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useNavigate, useParams } from 'react-router';
import { AGENCY_RIGHTS, DISRUPTION_IMPACT_LABELS, FOUR_P_LABELS, GSC_MARKING_LABELS, PERMISSIONS, TACTIC_HEADING_LABELS } from '@sentinel/shared';
import { Loading } from '../ui/Loading';
import { usePanelId } from '../modules/agencies/components/useAgencyOptions';
import { useActingAgencies } from '../modules/disruptions/components/useActingAgencies';
import { useAgencyRight } from '../modules/app/viewer-context';
import { useServerErrors } from '../modules/agencies/components/useAgencyFormErrors';
import { RequirePermission } from '../modules/app/components/RequirePermission';
import { ForbiddenContent, NotFoundContent, ServiceErrorContent } from '../modules/app/components/StatusContent';
import { usePageTitle } from '../modules/app/usePageTitle';
import { apiErrors } from '../modules/app/utils/api-errors';
import { DisruptionForm } from '../modules/disruptions/components/DisruptionForm';
import { getFragmentData } from '../gql';
import { DisruptionOutcomesFragment } from '../modules/disruptions/graphql/disruption-outcomes.fragment';
import { DisruptionQuery } from '../modules/disruptions/graphql/disruption.query';
import { OcgDisruptionsQuery } from '../modules/disruptions/graphql/ocg-disruptions.query';
import { UpdateDisruptionMutation } from '../modules/disruptions/graphql/update-disruption.mutation';
import {
  DISRUPTION_FIELDS,
  disruptionFormValues,
  disruptionUpdateInput,
  type DisruptionFormValues,
} from '../modules/disruptions/utils/disruption-form';
import { useConflict } from '../modules/app/useConflict';
import { AMOUNT_OUTCOMES, COUNT_OUTCOMES } from '../modules/disruptions/utils/outcomes';
import { OcgChildPage } from '../modules/ocgs/components/OcgChildPage';

function CorrectDisruption({ ocgId, disruptionId, panelId }: { ocgId: string; disruptionId: string; panelId: string }) {
  const navigate = useNavigate();
  const { loading: agenciesLoading, agencies } = useActingAgencies(panelId);
  const mayChange = useAgencyRight(AGENCY_RIGHTS.changeDisruption);
  const server = useServerErrors(DISRUPTION_FIELDS);
  // The version corrected is the one read when the page opened: a later change by someone else is a CONFLICT.
  const { data, error, refetch } = useQuery(DisruptionQuery, {
    variables: { id: disruptionId },
    fetchPolicy: 'network-only',
    nextFetchPolicy: 'cache-only',
  });
  const disruption = data?.disruption;
  const [seenVersion, setSeenVersion] = useState<number | null>(null);
  if (disruption && seenVersion === null) setSeenVersion(disruption.version);
  const [update, { loading }] = useMutation(UpdateDisruptionMutation, {
    refetchQueries: [{ query: OcgDisruptionsQuery, variables: { id: ocgId } }],
    awaitRefetchQueries: true,
  });
  const conflict = useConflict<DisruptionFormValues>('Disruption');
  usePageTitle('Correct a disruption', server.hasErrors);

  const codes = apiErrors(error).map((e) => e.code);
  // A disruption reached through another group's address is not this group's to correct.
  if ((disruption && disruption.ocgId !== ocgId) || (!data && (codes.includes('NOT_FOUND') || codes.includes('BAD_USER_INPUT'))))
    return <NotFoundContent />;
  if (!data && error) return <ServiceErrorContent message={error.message} />;
  if (!disruption || agenciesLoading) return <Loading />;
  // Offered only where the viewer may correct it; reached by its address, it says so rather than failing on save.
  if (!mayChange(disruption.agency.id)) return <ForbiddenContent />;
  const current = disruptionFormValues({ ...disruption, outcomes: getFragmentData(DisruptionOutcomesFragment, disruption.outcomes) });
  const valueLabels = {
    agencyId: Object.fromEntries([...(agencies ?? []).map((a) => [a.value, a.label]), [disruption.agency.id, disruption.agency.name]]),
    strand: FOUR_P_LABELS,
    tacticHeading: TACTIC_HEADING_LABELS,
    impact: DISRUPTION_IMPACT_LABELS,
    gscMarking: GSC_MARKING_LABELS,
    outcomes: Object.fromEntries<string>([...COUNT_OUTCOMES, ...AMOUNT_OUTCOMES]),
  };

  return (
    <OcgChildPage ocgId={ocgId}>
      {({ heading, cancel }) => (
        <DisruptionForm
          key={disruption.id}
          agencies={agencies}
          initialValues={current}
          submitText="Save correction"
          heading={
            <>
              {heading('Correct a disruption')}
              {conflict.review(current, valueLabels)}
            </>
          }
          cancel={cancel}
          serverErrors={server.fieldErrors}
          serverGeneral={server.general}
          submitting={loading}
          onSubmit={async (v) => {
            server.clear();
            try {
              const nominalIds = disruption.nominals.map((n) => n.id);
              await update({ variables: { input: disruptionUpdateInput(disruptionId, seenVersion ?? disruption.version, nominalIds, v) } });
              await navigate(`/ocgs/${ocgId}#disruptions`);
            } catch (e) {
              server.show(e);
              // The summary says what changed and the review shows it; a second save is made against the newer version.
              if (await conflict.caught(e, v, () => refetch())) setSeenVersion(null);
            }
          }}
        />
      )}
    </OcgChildPage>
  );
}

export function OcgDisruptionEditPage() {
  const { id = '', disruptionId = '' } = useParams();
  const panelId = usePanelId();
  return (
    <RequirePermission permission={PERMISSIONS.DISRUPTION_WRITE}>
      <CorrectDisruption key={`${id}:${disruptionId}`} ocgId={id} disruptionId={disruptionId} panelId={panelId} />
    </RequirePermission>
  );
}
