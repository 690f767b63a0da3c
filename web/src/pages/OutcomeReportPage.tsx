import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { PERMISSIONS } from '@sentinel/shared';
import { Loading } from '../ui/Loading';
import { LoadFailed } from '../modules/app/components/StatusContent';
import { RequirePermission } from '../modules/app/components/RequirePermission';
import { usePageTitle } from '../modules/app/usePageTitle';
import { formatDate } from '../modules/app/utils/dates';
import { useViewer } from '../modules/app/viewer-context';
import { OutcomeExportButtons } from '../modules/outcome-report/components/OutcomeExportButtons';
import { OutcomeFigures } from '../modules/outcome-report/components/OutcomeFigures';
import { OutcomeReportQuery } from '../modules/outcome-report/graphql/outcome-report.query';
import { lastTwelveMonths, ReportPeriodForm } from '../modules/outcome-report/components/ReportPeriodForm';

function OutcomeReportContent({ panelId }: { panelId: string }) {
  const [period, setPeriod] = useState(lastTwelveMonths);
  const { data, error, loading } = useQuery(OutcomeReportQuery, { variables: { panelId, ...period } });
  return (
    <>
      <ReportPeriodForm period={period} onChange={setPeriod} />
      {error && <LoadFailed message="The outcome report could not be loaded. Try again later." />}
      {loading && !data && <Loading />}
      {data && (
        <>
          <p className="govuk-body-l" role="status">
            {formatDate(data.outcomeReport.from)} to {formatDate(data.outcomeReport.to)}
          </p>
          <OutcomeExportButtons panelId={panelId} from={period.from} to={period.to} />
          <OutcomeFigures report={data.outcomeReport} />
        </>
      )}
    </>
  );
}

export function OutcomeReportPage() {
  const { membership } = useViewer();
  usePageTitle('Outcome report');
  return (
    <RequirePermission permission={PERMISSIONS.OUTCOME_REPORT_READ}>
      <Link className="govuk-back-link" to="/reports">
        Back to reports
      </Link>
      <h1 className="govuk-heading-l">Outcome report</h1>
      {membership && <OutcomeReportContent panelId={membership.panelId} />}
    </RequirePermission>
  );
}
