import { Table } from '../../../ui/Table';
import type { AreaCount, MapPlace } from './types';

/** The map's figures as tables: activity per area, then every high-harm place. */
export function PlacesTables({ areas, places }: { areas: AreaCount[]; places: MapPlace[] }) {
  return (
    <>
      <Table
        caption="Activity by area"
        captionVisible
        rowKey={(a) => a.area}
        rows={areas}
        columns={[
          { key: 'area', header: 'Area', cell: (a) => a.area },
          { key: 'activity', header: 'Groups active', numeric: true, cell: (a) => a.activity },
          { key: 'places', header: 'High-harm places', numeric: true, cell: (a) => a.highHarmPlaces },
        ]}
      />
      {places.length === 0 ? (
        <p className="govuk-body">No place is flagged high-harm for this filter.</p>
      ) : (
        <Table
          caption="High-harm places"
          captionVisible
          rowKey={(p) => p.id}
          rows={places}
          columns={[
            { key: 'label', header: 'Place', cell: (p) => p.label },
            { key: 'area', header: 'Area', cell: (p) => p.area ?? 'Not recorded' },
            { key: 'kind', header: 'Kind', cell: (p) => p.kind },
            { key: 'groups', header: 'Groups', cell: (p) => (p.groups.length ? p.groups.join(', ') : 'None recorded') },
            { key: 'mapped', header: 'On the map', cell: (p) => (p.latitude === null || p.longitude === null ? 'No location recorded' : 'Yes') },
          ]}
        />
      )}
    </>
  );
}
