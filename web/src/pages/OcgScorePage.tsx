import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate, useParams } from 'react-router';
import { DEFAULT_SCALE_MAX, PERMISSIONS } from '@sentinel/shared';
import { getFragmentData } from '../gql';
import { BackLink } from '../ui/BackLink';
import { Loading } from '../ui/Loading';
import { useServerErrors } from '../modules/agencies/components/useAgencyFormErrors';
import { RequirePermission } from '../modules/app/components/RequirePermission';
import { NotFoundContent, ServiceErrorContent } from '../modules/app/components/StatusContent';
import { usePageTitle } from '../modules/app/usePageTitle';
import { ScoreForm } from '../modules/ocgs/components/ScoreForm';
import { useOcg } from '../modules/ocgs/components/useOcg';
import { ScoreOcgMutation } from '../modules/ocgs/graphql/score-ocg.mutation';
import { PanelScoringFragment } from '../modules/panels/graphql/panel-scoring.fragment';
import { PanelScoringQuery } from '../modules/panels/graphql/panel-scoring.query';
import { emptyScoreForm, SCORE_FORM_FIELDS, scoreInput, type ScoreFormValues } from '../modules/ocgs/utils/score-form';

function ScoreOcg({ id }: { id: string }) {
  const client = useApolloClient();
  const navigate = useNavigate();
  const { ocg, history, loading, notFound, error } = useOcg(id);
  const server = useServerErrors(SCORE_FORM_FIELDS);
  const [scoreOcg, { loading: saving }] = useMutation(ScoreOcgMutation);
  // The panel's scale now: the chair may have changed it since the group was last scored.
  const scoring = useQuery(PanelScoringQuery, { variables: { id: ocg?.panelId ?? '' }, skip: !ocg, fetchPolicy: 'cache-and-network' });
  const panel = getFragmentData(PanelScoringFragment, scoring.data?.panel);
  usePageTitle(ocg ? `Score ${ocg.reference}` : 'Score this group', server.hasErrors);

  if (notFound) return <NotFoundContent />;
  if (error) return <ServiceErrorContent message={error.message} />;
  if (loading || !ocg || (!panel && !scoring.error)) return <Loading />;

  const latest = history[0];
  const scaleMax = panel?.scaleMax ?? latest?.scaleMax ?? DEFAULT_SCALE_MAX;
  const onSubmit = async (values: ScoreFormValues) => {
    server.clear();
    try {
      await scoreOcg({ variables: { input: scoreInput(id, values) } });
      client.cache.evict({ id: 'ROOT_QUERY', fieldName: 'ocgs' });
      client.cache.gc();
      await navigate(`/ocgs/${id}#threat-score`);
    } catch (e) {
      server.show(e);
    }
  };

  return (
    <>
      <BackLink to={`/ocgs/${id}`}>{`Back to ${ocg.reference}`}</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ScoreForm
            initialValues={emptyScoreForm(latest)}
            scaleMax={scaleMax}
            onSubmit={onSubmit}
            serverErrors={server.fieldErrors}
            serverGeneral={server.general}
            submitting={saving}
            heading={
              <>
                <span className="govuk-caption-l">{`${ocg.reference} ${ocg.name}`}</span>
                <h1 className="govuk-heading-l">Score this group</h1>
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

export function OcgScorePage() {
  const { id = '' } = useParams();
  return (
    <RequirePermission permission={PERMISSIONS.OCG_WRITE}>
      <ScoreOcg key={id} id={id} />
    </RequirePermission>
  );
}
