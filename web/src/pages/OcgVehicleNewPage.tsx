import { useMutation } from '@apollo/client/react';
import { useNavigate, useParams } from 'react-router';
import { PERMISSIONS } from '@sentinel/shared';
import { useServerErrors } from '../modules/agencies/components/useAgencyFormErrors';
import { RequirePermission } from '../modules/app/components/RequirePermission';
import { usePageTitle } from '../modules/app/usePageTitle';
import { OcgChildPage } from '../modules/ocgs/components/OcgChildPage';
import { OcgQuery } from '../modules/ocgs/graphql/ocg.query';
import { LinkVehicleMutation } from '../modules/vehicles/graphql/link-vehicle.mutation';
import { RecordVehicleMutation } from '../modules/vehicles/graphql/record-vehicle.mutation';
import { VEHICLE_FORM_FIELDS, VehicleForm, vehicleInput, type VehicleFormValues } from '../modules/vehicles/components/VehicleForm';

function AddVehicle({ ocgId }: { ocgId: string }) {
  const navigate = useNavigate();
  const server = useServerErrors(VEHICLE_FORM_FIELDS);
  const refetch = { refetchQueries: [{ query: OcgQuery, variables: { id: ocgId } }], awaitRefetchQueries: true };
  const [recordVehicle, recording] = useMutation(RecordVehicleMutation, refetch);
  const [linkVehicle, linking] = useMutation(LinkVehicleMutation, refetch);
  usePageTitle('Add a vehicle', server.hasErrors);
  return (
    <OcgChildPage ocgId={ocgId}>
      {({ ocg, heading, cancel }) => (
        <VehicleForm
          panelId={ocg.panelId}
          heading={heading('Add a vehicle')}
          cancel={cancel}
          serverErrors={server.fieldErrors}
          serverGeneral={server.general}
          submitting={recording.loading || linking.loading}
          onSubmit={async (values: VehicleFormValues) => {
            server.clear();
            try {
              // A vehicle on record chosen for a misread plate is linked as it is; otherwise the plate is recorded (or found).
              if (values.existingId) await linkVehicle({ variables: { input: { id: values.existingId, ocgId, linked: true } } });
              else await recordVehicle({ variables: { input: { panelId: ocg.panelId, ocgId, ...vehicleInput(values) } } });
              await navigate(`/ocgs/${ocgId}#vehicles`);
            } catch (e) {
              server.show(e);
            }
          }}
        />
      )}
    </OcgChildPage>
  );
}

export function OcgVehicleNewPage() {
  const { id = '' } = useParams();
  return (
    <RequirePermission permission={PERMISSIONS.OCG_WRITE}>
      <AddVehicle key={id} ocgId={id} />
    </RequirePermission>
  );
}
