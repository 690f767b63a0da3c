import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { PERMISSIONS } from '@sentinel/shared';
import { getFragmentData, type FragmentType } from '../gql';
import { Loading } from '../ui/Loading';
import { Tag } from '../ui/Tag';
import { LoadFailed } from '../modules/app/components/StatusContent';
import { RequirePermission } from '../modules/app/components/RequirePermission';
import { usePageTitle } from '../modules/app/usePageTitle';
import { apiErrors } from '../modules/app/utils/api-errors';
import { formatDate } from '../modules/app/utils/dates';
import { useCan } from '../modules/app/viewer-context';
import { ContentView } from '../modules/assessments/components/ContentView';
import { SectionNote } from '../modules/assessments/components/SectionNote';
import { AssessmentFieldsFragment } from '../modules/assessments/graphql/assessment.fragment';
import { AssessmentQuery } from '../modules/assessments/graphql/assessment.query';
import { PublishAssessmentMutation } from '../modules/assessments/graphql/publish-assessment.mutation';
import { ReviseAssessmentMutation } from '../modules/assessments/graphql/revise-assessment.mutation';
import { ASSESSMENT_SECTIONS, parseContent } from '../modules/assessments/utils/content';

// Unmasking is a plain read (codegen's getFragmentData is not a React hook), so it may run in a callback.
const readAssessment = (a: FragmentType<typeof AssessmentFieldsFragment>) => getFragmentData(AssessmentFieldsFragment, a);

function AssessmentContent({ id }: { id: string }) {
  const navigate = useNavigate();
  const manage = useCan(PERMISSIONS.MEETING_MANAGE);
  const [failed, setFailed] = useState('');
  const { data, error, loading } = useQuery(AssessmentQuery, { variables: { id } });
  const [publish, publishing] = useMutation(PublishAssessmentMutation);
  const [revise, revising] = useMutation(ReviseAssessmentMutation);
  const assessment = getFragmentData(AssessmentFieldsFragment, data?.assessment);
  if (error) return <LoadFailed message="The assessment could not be loaded. It may not exist or may not be published yet." />;
  if (loading || !assessment) return <Loading />;
  const content = parseContent(assessment.content);
  const draft = assessment.status === 'DRAFT';
  const note = (section: string) => assessment.annotations.find((a) => a.section === section)?.text ?? '';
  const act = async (run: () => Promise<unknown>) => {
    setFailed('');
    try {
      await run();
    } catch (e) {
      setFailed(apiErrors(e)[0]?.message ?? 'That did not work. Try again.');
    }
  };
  return (
    <>
      <span className="govuk-caption-l">
        Version {assessment.version} <Tag colour={draft ? 'grey' : 'green'}>{draft ? 'Draft' : 'Published'}</Tag>
      </span>
      <h1 className="govuk-heading-l">
        Assessment, {formatDate(assessment.periodFrom)} to {formatDate(assessment.periodTo)}
      </h1>
      {failed && <LoadFailed message={failed} />}
      {ASSESSMENT_SECTIONS.map((section) => (
        <section key={section.key} aria-labelledby={`section-${section.key}`} className="govuk-!-margin-bottom-8">
          <h2 className="govuk-heading-m" id={`section-${section.key}`}>
            {section.title}
          </h2>
          {section.key === 'summary' ? (
            <ContentView value={content.periods} caption="The three six-month periods compared, the last being assessed" />
          ) : (
            <ContentView value={content[section.key]} caption={section.title} />
          )}
          {section.key === 'crimeTypes' && typeof content.predictedLabel === 'string' && <p className="govuk-body-s">{content.predictedLabel}.</p>}
          {draft && manage ? (
            <SectionNote
              assessmentId={assessment.id}
              version={assessment.version}
              section={section.key}
              title={section.title}
              text={note(section.key)}
            />
          ) : (
            note(section.key) && (
              <div className="govuk-inset-text">
                <h3 className="govuk-heading-s">Chair’s note</h3>
                <p className="govuk-body">{note(section.key)}</p>
              </div>
            )
          )}
        </section>
      ))}
      {manage && draft && (
        <button
          type="button"
          className="govuk-button"
          disabled={publishing.loading}
          onClick={() => act(() => publish({ variables: { id: assessment.id, version: assessment.version } }))}
        >
          Publish
        </button>
      )}
      {manage && !draft && (
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          disabled={revising.loading}
          onClick={() =>
            act(async () => {
              const next = (await revise({ variables: { id: assessment.id }, refetchQueries: ['Assessments'] })).data?.reviseAssessment;
              // A new version may be a new record: follow it.
              if (next && readAssessment(next).id !== assessment.id) await navigate(`/reports/assessments/${readAssessment(next).id}`);
            })
          }
        >
          Start a new version
        </button>
      )}
    </>
  );
}

export function AssessmentPage() {
  const { id = '' } = useParams();
  usePageTitle('Six-monthly assessment');
  return (
    <RequirePermission permission={PERMISSIONS.ASSESSMENT_READ}>
      <Link className="govuk-back-link" to="/reports/assessments">
        Back to assessments
      </Link>
      <AssessmentContent id={id} />
    </RequirePermission>
  );
}
