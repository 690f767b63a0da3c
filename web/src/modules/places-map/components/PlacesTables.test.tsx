import { render, screen, within } from '@testing-library/react';
import { PlacesTables } from './PlacesTables';

describe('PlacesTables', () => {
  it('lists activity per area and every high-harm place', () => {
    render(
      <PlacesTables
        areas={[
          { area: 'Eastfield', activity: 3, highHarmPlaces: 2 },
          { area: 'Westgate', activity: 2, highHarmPlaces: 0 },
        ]}
        places={[
          {
            id: 'p1',
            label: 'Flat 4, Alder Court',
            area: 'Eastfield',
            kind: 'Premises',
            latitude: 54.66,
            longitude: -1.47,
            groups: ['Operation Larch'],
          },
          { id: 'p2', label: 'Field off Moor Lane', area: 'Moorside', kind: 'Premises', latitude: null, longitude: null, groups: [] },
        ]}
      />,
    );
    const areas = screen.getByRole('table', { name: 'Activity by area' });
    expect(within(areas).getAllByRole('row')[1]).toHaveTextContent('Eastfield32');
    const places = screen.getByRole('table', { name: 'High-harm places' });
    const rows = within(places).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toHaveTextContent('Flat 4, Alder Court');
    expect(rows[1]).toHaveTextContent('Operation Larch');
    expect(rows[2]).toHaveTextContent('No location recorded');
  });
});
