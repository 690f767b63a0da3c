import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate } from 'react-router';
import type { RecordKind } from '@sentinel/shared';
import { BackLink } from '../../../ui/BackLink';
import { Loading } from '../../../ui/Loading';
import { AgencyOptionsQuery } from '../../agencies/graphql/agency-options.query';
import { useServerErrors } from '../../agencies/components/useAgencyFormErrors';
import { usePageTitle } from '../../app/usePageTitle';
import { OcgIntelligenceQuery } from '../graphql/ocg-intelligence.query';
import { RecordIntelligenceMutation } from '../graphql/record-intelligence.mutation';
import { SubjectIntelligenceQuery } from '../graphql/subject-intelligence.query';
import { INTELLIGENCE_FORM_FIELDS, intelligenceInput, type IntelligenceFormValues } from '../utils/intelligence-form';
import { IntelligenceForm } from './IntelligenceForm';

type Props = { panelId: string; subjectKind: RecordKind; subjectId: string; caption: string; backTo: string };

export function NewIntelligence({ panelId, subjectKind, subjectId, caption, backTo }: Props) {
  const navigate = useNavigate();
  const server = useServerErrors(INTELLIGENCE_FORM_FIELDS);
  const agencies = useQuery(AgencyOptionsQuery, { variables: { panelId } });
  const [record, { loading }] = useMutation(RecordIntelligenceMutation, {
    refetchQueries:
      subjectKind === 'OCG'
        ? [{ query: OcgIntelligenceQuery, variables: { id: subjectId } }]
        : [{ query: SubjectIntelligenceQuery, variables: { panelId, subjectKind, subjectId } }],
    awaitRefetchQueries: true,
  });
  usePageTitle('Add intelligence', server.hasErrors);
  if (!agencies.data) return agencies.error ? <p className="govuk-body">{agencies.error.message}</p> : <Loading />;
  const onSubmit = async (values: IntelligenceFormValues) => {
    server.clear();
    try {
      await record({ variables: { input: intelligenceInput(panelId, subjectKind, subjectId, values) } });
      await navigate(`${backTo}#intelligence`);
    } catch (e) {
      server.show(e);
    }
  };
  return (
    <>
      <BackLink to={backTo}>{`Back to ${caption}`}</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <IntelligenceForm
            agencies={agencies.data.agencies.nodes.map((a) => ({ value: a.id, label: a.name }))}
            onSubmit={onSubmit}
            serverErrors={server.fieldErrors}
            serverGeneral={server.general}
            submitting={loading}
            heading={
              <>
                <span className="govuk-caption-l">{caption}</span>
                <h1 className="govuk-heading-l">Add intelligence</h1>
              </>
            }
            cancel={
              <Link className="govuk-link" to={backTo}>
                Cancel
              </Link>
            }
          />
        </div>
      </div>
    </>
  );
}
