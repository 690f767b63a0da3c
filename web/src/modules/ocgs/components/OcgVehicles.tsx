import { Table, type TableColumn } from '../../../ui/Table';
import type { OcgLinksFragment } from '../../../gql/graphql';
import { RemoveButton, UnlinkStatus } from './LinkResult';
import { removeButtonId, useUnlink } from './useUnlink';

type Vehicle = OcgLinksFragment['vehicles'][number];

function describe(v: Vehicle): string {
  return [v.colour, v.make, v.model].filter(Boolean).join(' ') || 'Not recorded';
}

export function OcgVehicles({ ocgId, vehicles, canWrite }: { ocgId: string; vehicles: OcgLinksFragment['vehicles']; canWrite: boolean }) {
  const unlink = useUnlink('vehicle', ocgId);
  const columns: TableColumn<Vehicle>[] = [
    { key: 'registration', header: 'Registration', cell: (v) => <span className="app-registration">{v.registration}</span> },
    { key: 'description', header: 'Description', cell: describe },
  ];
  if (canWrite) {
    columns.push({
      key: 'actions',
      header: 'Actions',
      cell: (v) => (
        <RemoveButton
          id={removeButtonId('vehicle', v.id)}
          label={v.registration}
          disabled={unlink.busy}
          onRemove={() => unlink.ask(v.id, v.registration)}
        />
      ),
    });
  }
  return (
    <>
      <UnlinkStatus unlink={unlink} kind="vehicle" />
      {vehicles.length === 0 ? (
        <p className="govuk-body">No vehicles are linked to this group.</p>
      ) : (
        <Table caption="Vehicles linked to this group" columns={columns} rows={[...vehicles]} rowKey={(v) => v.id} />
      )}
    </>
  );
}
