import { useState } from 'react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { PERMISSIONS } from '@sentinel/shared';
import { getFragmentData } from '../gql';
import { BackLink } from '../ui/BackLink';
import { Loading } from '../ui/Loading';
import { NotificationBanner } from '../ui/NotificationBanner';
import { useServerErrors } from '../modules/agencies/components/useAgencyFormErrors';
import { RequirePermission } from '../modules/app/components/RequirePermission';
import { LoadFailed } from '../modules/app/components/StatusContent';
import { usePageTitle } from '../modules/app/usePageTitle';
import { useConflict, useOpenedVersion } from '../modules/app/useConflict';
import { useViewer } from '../modules/app/viewer-context';
import { ScoringForm } from '../modules/panels/components/ScoringForm';
import { PanelScoringFragment } from '../modules/panels/graphql/panel-scoring.fragment';
import { PanelScoringQuery } from '../modules/panels/graphql/panel-scoring.query';
import { UpdatePanelScoringMutation } from '../modules/panels/graphql/update-panel-scoring.mutation';
import { retieredMessage, SCORING_FORM_FIELDS, scoringFormValues, scoringInput, type ScoringFormValues } from '../modules/panels/utils/scoring-form';

// Lists and pages that show a group's tier: read again from the server when next shown.
const SHOWING_TIERS = ['ocgs', 'ocg', 'threatPicture', 'linkChart', 'agenda', 'search', 'projector'];

function Scoring({ panelId, panelName }: { panelId: string; panelName: string }) {
  const client = useApolloClient();
  const [saved, setSaved] = useState<string | null>(null);
  const server = useServerErrors(SCORING_FORM_FIELDS);
  // Opened from the server, not the cache, so that the form starts from the newest version.
  const { data, error, refetch } = useQuery(PanelScoringQuery, { variables: { id: panelId }, fetchPolicy: 'network-only' });
  const panel = getFragmentData(PanelScoringFragment, data?.panel);
  const version = useOpenedVersion(panel?.version);
  const conflict = useConflict<ScoringFormValues>('Panel');
  // The form is drawn again from the saved settings after each successful save, never after a CONFLICT.
  const [drawn, setDrawn] = useState(0);
  const [update, { loading: saving }] = useMutation(UpdatePanelScoringMutation);
  usePageTitle('Scoring settings', server.hasErrors);

  if (error && !data) return <LoadFailed message={error.message} />;
  if (!panel) return <Loading />;

  // The form keeps the version it was opened with: a newer one on the server then answers CONFLICT rather than
  // letting these edits overwrite someone else's; the newer one is reloaded, and saving again applies these edits.
  const onSubmit = async (values: ScoringFormValues) => {
    server.clear();
    setSaved(null);
    try {
      const result = await update({ variables: { input: scoringInput(panelId, version.current(), values) } });
      conflict.clear();
      version.moveTo(getFragmentData(PanelScoringFragment, result.data?.updatePanelScoring.panel)?.version);
      setDrawn((n) => n + 1);
      for (const fieldName of SHOWING_TIERS) client.cache.evict({ id: 'ROOT_QUERY', fieldName });
      client.cache.gc();
      setSaved(retieredMessage(result.data?.updatePanelScoring.retieredGroupCount ?? 0));
    } catch (e) {
      server.show(e);
      await conflict.caught(e, values, async () => version.moveTo(getFragmentData(PanelScoringFragment, (await refetch()).data?.panel)?.version));
    }
  };

  return (
    <>
      {saved && (
        <NotificationBanner success heading={saved}>
          <p className="govuk-body">New scores use the new scale. The score history keeps the tiers each score was given.</p>
        </NotificationBanner>
      )}
      <ScoringForm
        key={drawn}
        initialValues={scoringFormValues(panel)}
        onSubmit={onSubmit}
        onRowsChanged={server.clear}
        serverErrors={server.fieldErrors}
        serverGeneral={server.general}
        submitting={saving}
        heading={
          <>
            <span className="govuk-caption-l">{panelName}</span>
            <h1 className="govuk-heading-l">Scoring settings</h1>
            {conflict.review(scoringFormValues(panel), { tiers: { name: 'Name', minTotal: 'Lowest total' } })}
            <p className="govuk-body">
              Groups are scored MoRiLE-style: four parts of harm, likelihood, capability and capacity. The total is harm times likelihood, plus
              capability and capacity, and puts the group in one of the panel’s tiers.
            </p>
          </>
        }
        cancel={
          <Link className="govuk-link" to="/">
            Cancel
          </Link>
        }
      />
    </>
  );
}

export function PanelScoringPage() {
  const { membership } = useViewer();
  return (
    <RequirePermission permission={PERMISSIONS.PANEL_CONFIGURE}>
      <BackLink to="/">Back to the panel</BackLink>
      {membership && <Scoring key={membership.panelId} panelId={membership.panelId} panelName={membership.panel.name} />}
    </RequirePermission>
  );
}
