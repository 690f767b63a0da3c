import { useEffect, useRef } from 'react';
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { MARKER_SIZE } from '../../places-map/components/place-markers';
import { useAreasGeoJson } from '../../places-map/components/useAreas';

type Props = {
  latitude: number | null;
  longitude: number | null;
  /** A click on the map: the point, and the policing area it falls in (null outside them). */
  onPick: (latitude: number, longitude: number, area: string | null) => void;
};

/**
 * The panel's areas as the high-harm map draws them (committed GeoJSON, no tiles fetched), to choose where a place
 * is with a pointer. The latitude and longitude fields beside it do the same from the keyboard.
 */
export function PositionMap({ latitude, longitude, onPick }: Props) {
  const { geojson } = useAreasGeoJson();
  const container = useRef<HTMLDivElement | null>(null);
  const map = useRef<L.Map | null>(null);
  const marker = useRef<L.Marker | null>(null);
  const pick = useRef(onPick);
  useEffect(() => {
    pick.current = onPick;
  }, [onPick]);

  useEffect(() => {
    if (!container.current || !geojson) return undefined;
    const m = L.map(container.current, { attributionControl: false, zoomControl: false, zoomSnap: 0.25, keyboard: false });
    const layer = L.geoJSON(geojson, {
      style: () => ({ color: '#0b0c0c', weight: 2, fillColor: '#f3f2f1', fillOpacity: 0.6 }),
      onEachFeature: (feature, areaLayer) => {
        const name = String(feature.properties?.name ?? '');
        areaLayer.bindTooltip(name, { permanent: true, direction: 'center', className: 'app-map-label' });
        areaLayer.on('click', (event: L.LeafletMouseEvent) => {
          L.DomEvent.stopPropagation(event);
          pick.current(event.latlng.lat, event.latlng.lng, name || null);
        });
      },
    }).addTo(m);
    m.on('click', (event: L.LeafletMouseEvent) => pick.current(event.latlng.lat, event.latlng.lng, null));
    m.fitBounds(layer.getBounds(), { padding: [8, 8] });
    map.current = m;
    return () => {
      map.current = null;
      marker.current = null;
      m.remove();
    };
  }, [geojson]);

  useEffect(() => {
    const m = map.current;
    if (!m) return;
    marker.current?.remove();
    marker.current = null;
    if (latitude === null || longitude === null || Number.isNaN(latitude) || Number.isNaN(longitude)) return;
    marker.current = L.marker([latitude, longitude], {
      interactive: false,
      keyboard: false,
      icon: L.divIcon({ className: 'app-map-marker', iconSize: [MARKER_SIZE, MARKER_SIZE] }),
    }).addTo(m);
  }, [latitude, longitude, geojson]);

  if (!geojson) return null;
  // The fields are the accessible way in: the map is an extra for pointer users, hidden from assistive technology.
  return <div ref={container} className="app-map app-map--picker" aria-hidden="true" />;
}
