import { useState } from 'react';
import { useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { Loading } from '../ui/Loading';
import { LoadFailed, NotFoundContent } from '../modules/app/components/StatusContent';
import { usePageTitle } from '../modules/app/usePageTitle';
import { formatDate } from '../modules/app/utils/dates';
import { useViewer } from '../modules/app/viewer-context';
import { lastTwelveMonths, ReportPeriodForm, type ReportPeriod } from '../modules/outcome-report/components/ReportPeriodForm';
import { RegionOutcomes, RegionThreat } from '../modules/regions/components/RegionFigures';
import { regionKindLabel } from '../modules/regions/utils/labels';
import { RegionOutcomeReportQuery } from '../modules/regions/graphql/region-outcome-report.query';
import { RegionThreatPictureQuery } from '../modules/regions/graphql/region-threat-picture.query';
import { RegionQuery } from '../modules/regions/graphql/region.query';

function RegionFiguresFor({ regionId, period }: { regionId: string; period: ReportPeriod }) {
  const variables = { regionId, ...period };
  const outcomes = useQuery(RegionOutcomeReportQuery, { variables });
  const threat = useQuery(RegionThreatPictureQuery, { variables });
  return (
    <>
      <h2 className="govuk-heading-m">Outcomes</h2>
      {outcomes.error && <LoadFailed message="The region's outcomes could not be loaded. Try again later." />}
      {outcomes.loading && !outcomes.data && <Loading />}
      {outcomes.data && (
        <>
          <p className="govuk-body" role="status">
            {formatDate(outcomes.data.regionOutcomeReport.from)} to {formatDate(outcomes.data.regionOutcomeReport.to)}
          </p>
          <RegionOutcomes total={outcomes.data.regionOutcomeReport.total} panels={outcomes.data.regionOutcomeReport.panels} />
        </>
      )}
      <h2 className="govuk-heading-m">Threat picture</h2>
      {threat.error && <LoadFailed message="The region's threat picture could not be loaded. Try again later." />}
      {threat.loading && !threat.data && <Loading />}
      {threat.data && <RegionThreat total={threat.data.regionThreatPicture.total} panels={threat.data.regionThreatPicture.panels} />}
    </>
  );
}

/** A region's figures across its panels, for its analysts: counts only, each with the definitions of a panel's own. */
export function RegionPage() {
  const { id = '' } = useParams();
  const { viewer } = useViewer();
  const held = viewer.regions.find((r) => r.regionId === id);
  const { data, error } = useQuery(RegionQuery, { variables: { id }, skip: !held });
  const [period, setPeriod] = useState(lastTwelveMonths);
  usePageTitle(held?.name ?? 'Region');
  if (!held) return <NotFoundContent />;
  return (
    <>
      <span className="govuk-caption-l">{regionKindLabel(held.kind)}</span>
      <h1 className="govuk-heading-l">{held.name}</h1>
      <p className="govuk-body">
        Figures across the panels this unit covers, each counted as the panel&apos;s own outcome report and threat picture count it. No group, person
        or record of a panel is shown here.
      </p>
      {error && <LoadFailed message="The region could not be loaded. Try again later." />}
      {data && <p className="govuk-body">Panels: {data.region.panels.map((p) => `${p.name} (${p.forceName})`).join(', ') || 'none yet'}.</p>}
      <ReportPeriodForm period={period} onChange={setPeriod} submitLabel="Show the figures" />
      <RegionFiguresFor regionId={id} period={period} />
    </>
  );
}
