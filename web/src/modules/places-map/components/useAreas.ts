import { useEffect, useState } from 'react';

/** The panel's areas, drawn from the GeoJSON committed under web/public/geo (same origin, no third party). */
export const AREAS_GEOJSON_URL = '/geo/northmoor-areas.geojson';

export function useAreasGeoJson(): { geojson: GeoJSON.FeatureCollection | null; names: string[]; failed: boolean } {
  const [geojson, setGeojson] = useState<GeoJSON.FeatureCollection | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    if (typeof fetch !== 'function') return undefined;
    fetch(AREAS_GEOJSON_URL)
      .then((r) => (r.ok ? (r.json() as Promise<GeoJSON.FeatureCollection>) : Promise.reject(new Error(String(r.status)))))
      .then((data) => live && setGeojson(data))
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, []);
  const names = (geojson?.features ?? []).map((f) => String(f.properties?.name ?? '')).filter(Boolean);
  return { geojson, names, failed };
}
