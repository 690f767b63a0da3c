import { useMemo, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { CRIME_TYPES, CRIME_TYPE_LABELS, PERMISSIONS, PLACE_KIND_LABELS, type PlaceKind } from '@sentinel/shared';
import { Loading } from '../ui/Loading';
import { Select } from '../ui/Select';
import type { CrimeType } from '../gql/graphql';
import { LoadFailed } from '../modules/app/components/StatusContent';
import { RequirePermission } from '../modules/app/components/RequirePermission';
import { usePageTitle } from '../modules/app/usePageTitle';
import { useViewer } from '../modules/app/viewer-context';
import { HighHarmMap } from '../modules/places-map/components/HighHarmMap';
import { PlacesTables } from '../modules/places-map/components/PlacesTables';
import { useAreasGeoJson } from '../modules/places-map/components/useAreas';
import type { AreaCount, MapPlace } from '../modules/places-map/components/types';
import { HighHarmMapQuery } from '../modules/places-map/graphql/high-harm-map.query';

function MapContent({ panelId }: { panelId: string }) {
  const [crimeType, setCrimeType] = useState('');
  const [draft, setDraft] = useState('');
  const [asTable, setAsTable] = useState(false);
  const { geojson, failed } = useAreasGeoJson();
  const { data, error, loading } = useQuery(HighHarmMapQuery, {
    variables: { panelId, filter: { crimeType: (crimeType || null) as CrimeType | null } },
  });
  const places: MapPlace[] = useMemo(
    () =>
      (data?.highHarmMap.places ?? []).map((p) => ({
        id: p.id,
        label: p.label,
        area: p.area ?? null,
        kind: PLACE_KIND_LABELS[p.kind as PlaceKind] ?? p.kind,
        latitude: p.latitude ?? null,
        longitude: p.longitude ?? null,
        groups: p.groupReferences,
      })),
    [data],
  );
  const areas: AreaCount[] = useMemo(
    () => (data?.highHarmMap.areas ?? []).map((a) => ({ area: a.area, activity: a.activeGroups, highHarmPlaces: a.highHarmPlaces })),
    [data],
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setCrimeType(draft);
  };
  return (
    <>
      <form onSubmit={submit} aria-label="Filter the map" className="govuk-!-margin-bottom-6">
        <Select
          id="map-crime-type"
          label="Crime type"
          value={draft}
          onChange={setDraft}
          options={[{ value: '', label: 'All crime types' }, ...CRIME_TYPES.map((c) => ({ value: c, label: CRIME_TYPE_LABELS[c] }))]}
        />
        <button type="submit" className="govuk-button">
          Apply filters
        </button>
      </form>
      <button
        type="button"
        className="govuk-button govuk-button--secondary"
        aria-expanded={asTable}
        aria-controls="map-tables"
        onClick={() => setAsTable((v) => !v)}
      >
        Show as table
      </button>
      {(error || failed) && <LoadFailed message="The map could not be loaded. Try again later." />}
      {loading && !data && <Loading />}
      {data && <HighHarmMap geojson={geojson} areas={areas} places={places} />}
      <div id="map-tables" hidden={!asTable}>
        {data && asTable && <PlacesTables areas={areas} places={places} />}
      </div>
    </>
  );
}

export function HighHarmMapPage() {
  const { membership } = useViewer();
  usePageTitle('High-harm places');
  return (
    <RequirePermission permission={PERMISSIONS.OCG_READ}>
      <Link className="govuk-back-link" to="/threat-picture">
        Back to the threat picture
      </Link>
      <h1 className="govuk-heading-l">High-harm places</h1>
      <p className="govuk-body">
        Places flagged high-harm, on the panel’s areas shaded by the number of open groups active in each. Home addresses are shown by area only where
        your agency may not receive personal data.
      </p>
      {membership && <MapContent panelId={membership.panelId} />}
    </RequirePermission>
  );
}
