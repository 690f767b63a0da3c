import { useEffect, useRef } from 'react';
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { binFor } from '../utils/bins';
import { MapKey } from './MapKey';
import type { AreaCount, MapPlace } from './types';

type Props = { geojson: GeoJSON.FeatureCollection | null; areas: AreaCount[]; places: MapPlace[] };

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Leaflet with no tile layer: the panel's areas come from GeoJSON committed to the repository, so nothing is
 * fetched from elsewhere. Markers are divIcons (no image to bundle) that Leaflet makes focusable buttons;
 * Enter opens the place's popup.
 */
export function HighHarmMap({ geojson, areas, places }: Props) {
  const container = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    if (!container.current || !geojson) return undefined;
    const map = L.map(container.current, { attributionControl: false, zoomSnap: 0.25 });
    const counts = new Map(areas.map((a) => [a.area, a]));
    const layer = L.geoJSON(geojson, {
      style: (feature) => {
        const count = counts.get(String(feature?.properties?.name))?.activity ?? 0;
        return { color: '#0b0c0c', weight: 2, fillColor: binFor(count).colour, fillOpacity: 0.85 };
      },
      onEachFeature: (feature, areaLayer) => {
        const name = String(feature.properties?.name ?? '');
        const count = counts.get(name)?.activity ?? 0;
        areaLayer.bindTooltip(`${escape(name)}: ${count}`, { permanent: true, direction: 'center', className: 'app-map-label' });
      },
    }).addTo(map);
    map.fitBounds(layer.getBounds(), { padding: [8, 8] });
    for (const place of places) {
      if (place.latitude === null || place.longitude === null) continue;
      const title = `High-harm place: ${place.label}${place.area ? `, ${place.area}` : ''}`;
      const marker = L.marker([place.latitude, place.longitude], {
        title,
        alt: title,
        keyboard: true,
        icon: L.divIcon({ className: 'app-map-marker', iconSize: [24, 24] }),
      }).addTo(map);
      marker.getElement()?.setAttribute('aria-label', title);
      const groups = place.groups.length ? `<br>Groups: ${place.groups.map(escape).join(', ')}` : '';
      marker.bindPopup(`<strong>${escape(place.label)}</strong><br>${escape(place.area ?? 'Area not recorded')}${groups}`);
    }
    const mapElement = container.current;
    mapElement.setAttribute('role', 'region');
    mapElement.setAttribute('aria-label', 'Map of areas and high-harm places');
    return () => {
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
