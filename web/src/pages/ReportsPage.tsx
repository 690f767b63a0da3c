import { Link } from 'react-router';
import { PERMISSIONS } from '@sentinel/shared';
import { usePageTitle } from '../modules/app/usePageTitle';
import { useCan } from '../modules/app/viewer-context';

export function ReportsPage() {
  usePageTitle('Reports');
  const outcomes = useCan(PERMISSIONS.OUTCOME_REPORT_READ);
  const assessments = useCan(PERMISSIONS.ASSESSMENT_READ);
  return (
    <>
      <h1 className="govuk-heading-l">Reports</h1>
      <ul className="govuk-list govuk-list--spaced">
        {outcomes && (
          <li>
            <Link className="govuk-link govuk-!-font-weight-bold" to="/reports/outcomes">
              Outcome report
            </Link>
            <p className="govuk-body govuk-!-margin-bottom-0">
              What the panel achieved in a period, in the figures forces and national units publish.
            </p>
          </li>
        )}
        {assessments && (
          <li>
            <Link className="govuk-link govuk-!-font-weight-bold" to="/reports/assessments">
              Six-monthly assessments
            </Link>
            <p className="govuk-body govuk-!-margin-bottom-0">Current, emerging and predicted trends, with the chair’s notes.</p>
          </li>
        )}
        <li>
          <Link className="govuk-link govuk-!-font-weight-bold" to="/projector">
            Projector view
          </Link>
          <p className="govuk-body govuk-!-margin-bottom-0">The threat picture in large type for the meeting room, following the live meeting.</p>
        </li>
      </ul>
    </>
  );
}
