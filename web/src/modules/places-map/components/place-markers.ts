import L from 'leaflet';
import { groupNearby } from '../utils/clusters';
import type { MapPlace } from './types';

/** A place's marker: 24 pixels of colour in a 3-pixel border (WCAG 2.2 target size), as `.app-map-marker` draws it. */
export const MARKER_SIZE = 30;
/** The marker of several places, with their number in it. */
export const CLUSTER_SIZE = 36;
/** Centres closer than this would overlap: half of each of two clusters, their 2-pixel focus rings, and a gap. */
export const MARKER_SPACING = CLUSTER_SIZE + 8;

type Located = MapPlace & { latitude: number; longitude: number };

export const placeTitle = (place: MapPlace) => `High-harm place: ${place.label}${place.area ? `, ${place.area}` : ''}`;
export const clusterTitle = (count: number) => `${count} high-harm places near here`;

/**
 * Draws the places with a location as markers that never overlap at the map's zoom: places closer together than
 * MARKER_SPACING are one marker with their number, whose popup lists every one of them. Each marker is a button
 * (Enter or Space opens its popup, which takes the focus; Escape gives it back). Redrawn at each zoom, keeping
 * the focus on the marker that holds the place that had it. Returns what removes them.
 */
export function drawPlaceMarkers(map: L.Map, places: readonly MapPlace[]): () => void {
  const located = places.filter((p): p is Located => p.latitude !== null && p.longitude !== null);
  const layer = L.layerGroup().addTo(map);
  let shown = new Map<HTMLElement, Located[]>();
  const draw = () => {
    const focused = shown.get(document.activeElement as HTMLElement)?.[0];
    const zoom = map.getZoom();
    const points = located.map((place) => {
      const { x, y } = map.project([place.latitude, place.longitude], zoom);
      return { x, y, place };
    });
    layer.clearLayers();
    shown = new Map();
    for (const group of groupNearby(points, MARKER_SPACING)) {
      const here = group.members.map((m) => m.place);
      const at = here.length === 1 ? L.latLng(here[0].latitude, here[0].longitude) : map.unproject([group.x, group.y], zoom);
      const element = addMarker(layer, at, here);
      shown.set(element, here);
      if (focused && here.includes(focused)) element.focus();
    }
  };
  draw();
  map.on('zoomend', draw);
  return () => {
    map.off('zoomend', draw);
    layer.remove();
  };
}

function addMarker(layer: L.LayerGroup, at: L.LatLng, places: Located[]): HTMLElement {
  const title = places.length === 1 ? placeTitle(places[0]) : clusterTitle(places.length);
  const icon =
    places.length === 1
      ? L.divIcon({ className: 'app-map-marker', iconSize: [MARKER_SIZE, MARKER_SIZE] })
      : L.divIcon({
          className: 'app-map-marker app-map-marker--cluster',
          iconSize: [CLUSTER_SIZE, CLUSTER_SIZE],
          html: `<span aria-hidden="true">${places.length}</span>`,
        });
  const marker = L.marker(at, { title, keyboard: true, icon }).addTo(layer);
  const element = marker.getElement()!;
  element.setAttribute('aria-label', title);
  element.setAttribute('aria-expanded', 'false');
  const content = popupContent(title, places);
  marker.bindPopup(content);
  element.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    // Leaflet's own Enter (on keypress) would toggle the popup shut again; this keydown stops that keypress.
    event.preventDefault();
    if (!marker.isPopupOpen()) marker.openPopup();
  });
  content.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') marker.closePopup();
  });
  marker.on('popupopen', () => {
    element.setAttribute('aria-expanded', 'true');
    content.focus();
  });
  marker.on('popupclose', () => {
    element.setAttribute('aria-expanded', 'false');
    const at = document.activeElement;
    if (!at || at === document.body || content.contains(at)) element.focus();
  });
  return element;
}

/** What a marker's popup says: the place, or the places near here as a list. Text only, so nothing is parsed. */
function popupContent(title: string, places: Located[]): HTMLElement {
  const box = document.createElement('div');
  box.className = 'app-map-popup';
  box.tabIndex = -1;
  box.setAttribute('role', 'group');
  box.setAttribute('aria-label', title);
  if (places.length === 1) {
    box.append(...details(places[0]));
    return box;
  }
  const heading = document.createElement('p');
  heading.className = 'govuk-body-s govuk-!-font-weight-bold govuk-!-margin-bottom-2';
  heading.textContent = title;
  const list = document.createElement('ul');
  list.className = 'govuk-list govuk-body-s govuk-!-margin-bottom-0';
  for (const place of places) {
    const item = document.createElement('li');
    item.append(...details(place));
    list.append(item);
  }
  box.append(heading, list);
  return box;
}

function details(place: Located): (Node | string)[] {
  const name = document.createElement('strong');
  name.textContent = place.label;
  const lines: (Node | string)[] = [name, document.createElement('br'), place.area ?? 'Area not recorded'];
  if (place.groups.length) lines.push(document.createElement('br'), `Groups: ${place.groups.join(', ')}`);
  return lines;
}
