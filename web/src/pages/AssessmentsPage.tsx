import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { ASSESSMENT_STATUS_LABELS, formatDay, PERMISSIONS } from '@sentinel/shared';
import { getFragmentData, type FragmentType } from '../gql';
import { Loading } from '../ui/Loading';
import { Table } from '../ui/Table';
import { Tag } from '../ui/Tag';
import { LoadFailed } from '../modules/app/components/StatusContent';
import { RequirePermission } from '../modules/app/components/RequirePermission';
import { usePageTitle } from '../modules/app/usePageTitle';
import { apiErrors } from '../modules/app/utils/api-errors';
import { formatDate } from '../modules/app/utils/dates';
import { useCan, useViewer } from '../modules/app/viewer-context';
import { AssessmentFieldsFragment } from '../modules/assessments/graphql/assessment.fragment';
import { AssessmentsQuery } from '../modules/assessments/graphql/assessments.query';
import { GenerateAssessmentMutation } from '../modules/assessments/graphql/generate-assessment.mutation';

// Unmasking is a plain read (codegen's getFragmentData is not a React hook), so it may run in a callback.
const readAssessment = (a: FragmentType<typeof AssessmentFieldsFragment>) => getFragmentData(AssessmentFieldsFragment, a);

function AssessmentsContent({ panelId }: { panelId: string }) {
  const navigate = useNavigate();
  const manage = useCan(PERMISSIONS.MEETING_MANAGE);
  const [failed, setFailed] = useState('');
  const { data, error, loading } = useQuery(AssessmentsQuery, { variables: { panelId } });
  const [generate, generating] = useMutation(GenerateAssessmentMutation, { refetchQueries: ['Assessments'] });
  const rows = getFragmentData(AssessmentFieldsFragment, data?.assessments ?? []);
  const onGenerate = async () => {
    setFailed('');
    try {
      const result = await generate({ variables: { panelId, periodTo: null } });
      const created = result.data?.generateAssessment;
      if (created) await navigate(`/reports/assessments/${readAssessment(created).id}`);
    } catch (e) {
      setFailed(apiErrors(e)[0]?.message ?? 'The assessment could not be generated');
    }
  };
  return (
    <>
      {manage && (
        <>
          <p className="govuk-body">
            Generating builds the figures for the six months to today. A draft is seen only by those who manage meetings until it is published.
          </p>
          <button type="button" className="govuk-button" disabled={generating.loading} onClick={onGenerate}>
            Generate an assessment
          </button>
          {failed && <LoadFailed message={failed} />}
        </>
      )}
      {error && <LoadFailed message="The assessments could not be loaded. Try again later." />}
      {loading && !data && <Loading />}
      {data && rows.length === 0 && <p className="govuk-body">No assessment has been published yet.</p>}
      {rows.length > 0 && (
        <Table
          caption="Six-monthly assessments, the latest period first and its latest version first"
          rowKey={(a) => `${a.id}-${a.version}`}
          rows={[...rows]}
          columns={[
            {
              key: 'period',
              header: 'Period',
              cell: (a) => (
                <Link className="govuk-link" to={`/reports/assessments/${a.id}`}>
                  {formatDate(a.periodFrom)} to {formatDate(a.periodTo)}
                </Link>
              ),
            },
            { key: 'version', header: 'Version', numeric: true, cell: (a) => a.version },
            {
              key: 'status',
              header: 'Status',
              cell: (a) => <Tag colour={a.status === 'PUBLISHED' ? 'green' : 'grey'}>{ASSESSMENT_STATUS_LABELS[a.status]}</Tag>,
            },
            { key: 'published', header: 'Published', cell: (a) => (a.publishedAt ? formatDay(a.publishedAt) : 'Not yet') },
          ]}
        />
      )}
    </>
  );
}

export function AssessmentsPage() {
  const { membership } = useViewer();
  usePageTitle('Six-monthly assessments');
  return (
    <RequirePermission permission={PERMISSIONS.ASSESSMENT_READ}>
      <Link className="govuk-back-link" to="/reports">
        Back to reports
      </Link>
      <h1 className="govuk-heading-l">Six-monthly assessments</h1>
      {membership && <AssessmentsContent panelId={membership.panelId} />}
    </RequirePermission>
  );
}
