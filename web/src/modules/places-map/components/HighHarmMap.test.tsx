import { fireEvent, render, screen, within } from '@testing-library/react';
import { HighHarmMap } from './HighHarmMap';
import type { MapPlace } from './types';

const AREAS: GeoJSON.FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { name: 'Eastfield' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [-1.6, 54.5],
            [-1.3, 54.5],
            [-1.3, 54.8],
            [-1.6, 54.8],
            [-1.6, 54.5],
          ],
        ],
      },
    },
  ],
};

const place = (id: string, label: string, latitude: number | null, longitude: number | null, groups: string[] = []): MapPlace => ({
  id,
  label,
  area: 'Eastfield',
  kind: 'Premises',
  latitude,
  longitude,
  groups,
});

const PLACES = [
  place('p1', 'Flat 4, Alder Court', 54.66, -1.47, ['Operation Larch']),
  place('p2', 'Flat 5, Alder Court', 54.66, -1.47),
  place('p3', 'Unit 9, Moor Lane', 54.52, -1.32),
  place('p4', 'Field off Moor Lane', null, null),
];

describe('HighHarmMap', () => {
  // jsdom lays nothing out: give the map's box the size the page gives it.
  beforeAll(() => {
    jest.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(640);
    jest.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(520);
  });
  afterAll(() => jest.restoreAllMocks());

  it('draws places at the same position as one marker with their number, and each other place on its own', () => {
    render(<HighHarmMap geojson={AREAS} areas={[{ area: 'Eastfield', activity: 3, highHarmPlaces: 3 }]} places={PLACES} />);
    const map = screen.getByRole('region', { name: 'Map of areas and high-harm places' });
    const markers = within(map).getAllByRole('button', { name: /high-harm place/i });
    expect(markers.map((m) => m.getAttribute('aria-label'))).toEqual([
      '2 high-harm places near here',
      'High-harm place: Unit 9, Moor Lane, Eastfield',
    ]);
    expect(markers[0]).toHaveTextContent('2');
    expect(markers[0]).toHaveAttribute('aria-expanded', 'false');
  });

  it('puts the areas’ names in a pane under the markers, so no name covers a marker', () => {
    render(<HighHarmMap geojson={AREAS} areas={[{ area: 'Eastfield', activity: 3, highHarmPlaces: 3 }]} places={PLACES} />);
    const map = screen.getByRole('region', { name: 'Map of areas and high-harm places' });
    const label = within(map).getByText('Eastfield: 3');
    const pane = label.closest('.leaflet-pane') as HTMLElement;
    const markers = map.querySelector('.leaflet-marker-pane') as HTMLElement;
    expect(Number(pane.style.zIndex)).toBeLessThan(Number(getComputedStyle(markers).zIndex || 600));
    expect(pane).not.toBe(map.querySelector('.leaflet-tooltip-pane'));
  });

  it('lists every place of a cluster when it is activated from the keyboard, and gives the focus back on Escape', () => {
    render(<HighHarmMap geojson={AREAS} areas={[]} places={PLACES} />);
    const cluster = screen.getByRole('button', { name: '2 high-harm places near here' });
    cluster.focus();
    fireEvent.keyDown(cluster, { key: 'Enter' });
    expect(cluster).toHaveAttribute('aria-expanded', 'true');
    const popup = screen.getByRole('group', { name: '2 high-harm places near here' });
    expect(popup).toHaveFocus();
    const items = within(popup).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual(['Flat 4, Alder CourtEastfieldGroups: Operation Larch', 'Flat 5, Alder CourtEastfield']);
    fireEvent.keyDown(popup, { key: 'Escape' });
    expect(cluster).toHaveAttribute('aria-expanded', 'false');
    expect(cluster).toHaveFocus();
    expect(screen.queryByRole('group', { name: '2 high-harm places near here' })).not.toBeInTheDocument();
    fireEvent.keyDown(cluster, { key: ' ' });
    expect(screen.getByRole('group', { name: '2 high-harm places near here' })).toHaveFocus();
  });

  it('opens a lone place on a click, with its own name', () => {
    render(<HighHarmMap geojson={AREAS} areas={[]} places={PLACES} />);
    fireEvent.click(screen.getByRole('button', { name: 'High-harm place: Unit 9, Moor Lane, Eastfield' }));
    const popup = screen.getByRole('group', { name: 'High-harm place: Unit 9, Moor Lane, Eastfield' });
    expect(popup).toHaveTextContent('Unit 9, Moor LaneEastfield');
  });
});
