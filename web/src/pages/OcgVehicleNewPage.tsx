import { useMutation } from '@apollo/client/react';
import { useNavigate, useParams } from 'react-router';
import { PERMISSIONS } from '@sentinel/shared';
import { useServerErrors } from '../modules/agencies/components/useAgencyFormErrors';
import { RequirePermission } from '../modules/app/components/RequirePermission';
import { usePageTitle } from '../modules/app/usePageTitle';
import { OcgChildPage } from '../modules/ocgs/components/OcgChildPage';
import { OcgQuery } from '../modules/ocgs/graphql/ocg.query';
import { RecordVehicleMutation } from '../modules/vehicles/graphql/record-vehicle.mutation';
import { VEHICLE_FORM_FIELDS, VehicleForm, vehicleInput, type VehicleFormValues } from '../modules/vehicles/components/VehicleForm';

function AddVehicle({ ocgId }: { ocgId: string }) {
  const navigate = useNavigate();
  const server = useServerErrors(VEHICLE_FORM_FIELDS);
  const [recordVehicle, { loading }] = useMutation(RecordVehicleMutation, {
    refetchQueries: [{ query: OcgQuery, variables: { id: ocgId } }],
    awaitRefetchQueries: true,
  });
  usePageTitle('Add a vehicle', server.hasErrors);
  return (
    <OcgChildPage ocgId={ocgId}>
      {({ ocg, heading, cancel }) => (
        <VehicleForm
          heading={heading('Add a vehicle')}
          cancel={cancel}
          serverErrors={server.fieldErrors}
          serverGeneral={server.general}
          submitting={loading}
          onSubmit={async (values: VehicleFormValues) => {
            server.clear();
            try {
              await recordVehicle({ variables: { input: { panelId: ocg.panelId, ocgId, ...vehicleInput(values) } } });
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
