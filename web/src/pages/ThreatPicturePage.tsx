import { useState } from 'react';
import { Link, Navigate } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { PERMISSIONS } from '@sentinel/shared';
import type { CrimeType } from '../gql/graphql';
import { Loading } from '../ui/Loading';
import { LoadFailed } from '../modules/app/components/StatusContent';
import { usePageTitle } from '../modules/app/usePageTitle';
import { formatDate } from '../modules/app/utils/dates';
import { holds, useViewer } from '../modules/app/viewer-context';
import { useAreasGeoJson } from '../modules/places-map/components/useAreas';
import { ThreatPictureFilter } from '../modules/threat-picture/components/ThreatPictureFilter';
import { ThreatPictureSections } from '../modules/threat-picture/components/ThreatPictureSections';
import { ThreatPictureQuery } from '../modules/threat-picture/graphql/threat-picture.query';
import { fromApi } from '../modules/threat-picture/utils/from-api';
import { DEFAULT_THREAT_FILTER, periodDates, type ThreatPictureFilterValues } from '../modules/threat-picture/utils/period';

export function ThreatPicturePage() {
  const { membership } = useViewer();
  usePageTitle('Threat picture');
  const [filter, setFilter] = useState<ThreatPictureFilterValues>(DEFAULT_THREAT_FILTER);
  const { names } = useAreasGeoJson();
  const allowed = holds(membership, PERMISSIONS.THREAT_PICTURE_READ);
  const { from, to } = periodDates(filter);
  const { data, error, loading } = useQuery(ThreatPictureQuery, {
    skip: !membership || !allowed,
    variables: {
      panelId: membership?.panelId ?? '',
      filter: { from, to, area: filter.area || null, crimeType: (filter.crimeType || null) as CrimeType | null },
    },
  });
  // Sign-in lands here; anyone who may not read the threat picture goes on to the home page.
  if (!membership || !allowed) return <Navigate to="/" replace />;
  const view = data ? fromApi(data.threatPicture) : null;
  return (
    <>
      <span className="govuk-caption-l">{membership.panel.name}</span>
      <h1 className="govuk-heading-l">Threat picture</h1>
      <ul className="govuk-list app-inline-list app-dashboard-links">
        <li>
          <Link className="govuk-link" to="/link-chart">
            Link chart
          </Link>
        </li>
        <li>
          <Link className="govuk-link" to="/map">
            High-harm places map
          </Link>
        </li>
        {holds(membership, PERMISSIONS.OUTCOME_REPORT_READ) && (
          <li>
            <Link className="govuk-link" to="/reports/outcomes">
              Outcome report
            </Link>
          </li>
        )}
      </ul>
      <ThreatPictureFilter applied={filter} areas={names} onApply={setFilter} />
      {error && <LoadFailed message="The threat picture could not be loaded. Try again later." />}
      {loading && !view && <Loading />}
      {view && data && (
        <>
          <p className="govuk-body" role="status">
            {data.threatPicture.activeCount} active {data.threatPicture.activeCount === 1 ? 'group' : 'groups'}, {formatDate(data.threatPicture.from)}{' '}
            to {formatDate(data.threatPicture.to)}. Risers are measured since {formatDate(String(data.threatPicture.baselineAt).slice(0, 10))}.
          </p>
          <ThreatPictureSections view={view} />
        </>
      )}
    </>
  );
}
