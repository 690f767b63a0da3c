import { useEffect, useRef } from 'react';
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { binFor } from '../utils/bins';
import { MapKey } from './MapKey';
import { drawPlaceMarkers } from './place-markers';
import type { AreaCount, MapPlace } from './types';

type Props = { geojson: GeoJSON.FeatureCollection | null; areas: AreaCount[]; places: MapPlace[] };

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const AREA_LABELS = 'areaLabels';

/**
 * Leaflet with no tile layer: the panel's areas come from GeoJSON committed to the repository, so nothing is
 * fetched from elsewhere. Markers are divIcons (no image to bundle) that Leaflet makes focusable buttons, and
 * places too close to tell apart share one (place-markers.ts). The table of places is the whole of it in words.
 */
export function HighHarmMap({ geojson, areas, places }: Props) {
  const container = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    if (!container.current || !geojson) return undefined;
    const map = L.map(container.current, { attributionControl: false, zoomSnap: 0.25 });
    // The areas' names sit under the places' markers (600), never over them: a marker is always whole and reachable.
    map.createPane(AREA_LABELS).style.zIndex = '550';
    const counts = new Map(areas.map((a) => [a.area, a]));
    const layer = L.geoJSON(geojson, {
      style: (feature) => {
        const count = counts.get(String(feature?.properties?.name))?.activity ?? 0;
        return { color: '#0b0c0c', weight: 2, fillColor: binFor(count).colour, fillOpacity: 0.85 };
      },
      onEachFeature: (feature, areaLayer) => {
        const name = String(feature.properties?.name ?? '');
        const count = counts.get(name)?.activity ?? 0;
        areaLayer.bindTooltip(`${escape(name)}: ${count}`, { permanent: true, direction: 'center', className: 'app-map-label', pane: AREA_LABELS });
      },
    }).addTo(map);
    map.fitBounds(layer.getBounds(), { padding: [8, 8] });
    const removeMarkers = drawPlaceMarkers(map, places);
    const mapElement = container.current;
    mapElement.setAttribute('role', 'region');
    mapElement.setAttribute('aria-label', 'Map of areas and high-harm places');
    return () => {
      removeMarkers();
      map.remove();
    };
  }, [geojson, areas, places]);
  return (
    <>
      <div ref={container} className="app-map" />
      <MapKey />
    </>
  );
}
