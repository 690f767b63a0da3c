import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { assessmentDocument, assessmentPdfPath, PERMISSIONS } from '@sentinel/shared';
import { getFragmentData, type FragmentType } from '../gql';
import { Loading } from '../ui/Loading';
import { Tag } from '../ui/Tag';
import { LoadFailed } from '../modules/app/components/StatusContent';
import { RequirePermission } from '../modules/app/components/RequirePermission';
import { usePageTitle } from '../modules/app/usePageTitle';
import { apiErrors } from '../modules/app/utils/api-errors';
import { useCan, useViewer } from '../modules/app/viewer-context';
import { AssessmentDocumentView, ChairNote } from '../modules/assessments/components/AssessmentDocumentView';
import { SectionNote } from '../modules/assessments/components/SectionNote';
import { AssessmentFieldsFragment } from '../modules/assessments/graphql/assessment.fragment';
import { AssessmentQuery } from '../modules/assessments/graphql/assessment.query';
import { PublishAssessmentMutation } from '../modules/assessments/graphql/publish-assessment.mutation';
import { ReviseAssessmentMutation } from '../modules/assessments/graphql/revise-assessment.mutation';

/** The stored figures; a value that is not an object reads as no figures rather than breaking the page. */
function parseContent(content: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(content);
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

// Unmasking is a plain read (codegen's getFragmentData is not a React hook), so it may run in a callback.
const readAssessment = (a: FragmentType<typeof AssessmentFieldsFragment>) => getFragmentData(AssessmentFieldsFragment, a);

function AssessmentContent({ id }: { id: string }) {
  const navigate = useNavigate();
  const manage = useCan(PERMISSIONS.MEETING_MANAGE);
  const { viewer } = useViewer();
  const [failed, setFailed] = useState('');
  const { data, error, refetch } = useQuery(AssessmentQuery, { variables: { id } });
  const [publish, publishing] = useMutation(PublishAssessmentMutation);
  const [revise, revising] = useMutation(ReviseAssessmentMutation);
  const assessment = getFragmentData(AssessmentFieldsFragment, data?.assessment);
  if (error) return <LoadFailed message="The assessment could not be loaded. It may not exist or may not be published yet." />;
  // Shown while it is read again too (after a CONFLICT), so that the notes being written stay as they are.
  if (!assessment) return <Loading />;
  const draft = assessment.status === 'DRAFT';
  const doc = assessmentDocument({
    ...assessment,
    panelName: viewer.memberships.find((m) => m.panelId === assessment.panelId)?.panel.name ?? '',
    content: parseContent(assessment.content),
  });
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
      {failed && <LoadFailed message={failed} />}
      <AssessmentDocumentView
        doc={doc}
        actions={
          <p className="govuk-body">
            <Tag colour={draft ? 'grey' : 'green'}>{draft ? 'Draft' : 'Published'}</Tag>{' '}
            <a className="govuk-link" href={assessmentPdfPath(assessment.id)} download="">
              Download the assessment (PDF{draft ? ', draft' : ''})
            </a>
          </p>
        }
        note={(section, title, text) =>
          draft && manage ? (
            <SectionNote
              assessmentId={assessment.id}
              editVersion={assessment.editVersion}
              section={section}
              title={title}
              text={text}
              reload={async () => {
                const reloaded = (await refetch()).data?.assessment;
                return reloaded ? readAssessment(reloaded).editVersion : undefined;
              }}
            />
          ) : (
            text && <ChairNote text={text} />
          )
        }
      />
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
