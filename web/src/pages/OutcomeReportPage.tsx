import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { PERMISSIONS } from '@sentinel/shared';
import { DateField, isIsoDate } from '../ui/DateField';
import { Loading } from '../ui/Loading';
import { LoadFailed } from '../modules/app/components/StatusContent';
import { RequirePermission } from '../modules/app/components/RequirePermission';
import { usePageTitle } from '../modules/app/usePageTitle';
import { formatDate } from '../modules/app/utils/dates';
import { useViewer } from '../modules/app/viewer-context';
import { OutcomeExportButtons } from '../modules/outcome-report/components/OutcomeExportButtons';
import { OutcomeFigures } from '../modules/outcome-report/components/OutcomeFigures';
import { OutcomeReportQuery } from '../modules/outcome-report/graphql/outcome-report.query';

const iso = (d: Date) => d.toISOString().slice(0, 10);
function lastTwelveMonths() {
  const today = new Date();
  return { from: iso(new Date(Date.UTC(today.getUTCFullYear() - 1, today.getUTCMonth(), today.getUTCDate() + 1))), to: iso(today) };
}

function OutcomeReportContent({ panelId }: { panelId: string }) {
  const [period, setPeriod] = useState(lastTwelveMonths);
  const [draft, setDraft] = useState(period);
  const [errors, setErrors] = useState<{ from?: string; to?: string }>({});
  const { data, error, loading } = useQuery(OutcomeReportQuery, { variables: { panelId, ...period } });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: { from?: string; to?: string } = {};
    if (!isIsoDate(draft.from)) found.from = 'Enter the start date, for example 2026-01-01';
    if (!isIsoDate(draft.to)) found.to = 'Enter the end date, for example 2026-06-30';
    if (!found.from && !found.to && draft.from > draft.to) found.to = 'The end date must be on or after the start date';
    setErrors(found);
    if (!found.from && !found.to) setPeriod(draft);
  };
  return (
    <>
      <form onSubmit={submit} aria-label="Report period" noValidate>
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-half">
            <DateField id="report-from" label="From" value={draft.from} onChange={(from) => setDraft((d) => ({ ...d, from }))} error={errors.from} />
          </div>
          <div className="govuk-grid-column-one-half">
            <DateField id="report-to" label="To" value={draft.to} onChange={(to) => setDraft((d) => ({ ...d, to }))} error={errors.to} />
          </div>
        </div>
        <button type="submit" className="govuk-button">
          Show the report
        </button>
      </form>
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
