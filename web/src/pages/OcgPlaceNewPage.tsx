import { useMutation } from '@apollo/client/react';
import { useNavigate, useParams } from 'react-router';
import { PERMISSIONS } from '@sentinel/shared';
import { useServerErrors } from '../modules/agencies/components/useAgencyFormErrors';
import { RequirePermission } from '../modules/app/components/RequirePermission';
import { usePageTitle } from '../modules/app/usePageTitle';
import { OcgChildPage } from '../modules/ocgs/components/OcgChildPage';
import { OcgQuery } from '../modules/ocgs/graphql/ocg.query';
import { RecordPlaceMutation } from '../modules/places/graphql/record-place.mutation';
import { PlaceForm } from '../modules/places/components/PlaceForm';
import { PLACE_FORM_FIELDS, placeInput, type PlaceFormValues } from '../modules/places/utils/place-form';

function AddPlace({ ocgId }: { ocgId: string }) {
  const navigate = useNavigate();
  const server = useServerErrors(PLACE_FORM_FIELDS);
  const [recordPlace, { loading }] = useMutation(RecordPlaceMutation, {
    refetchQueries: [{ query: OcgQuery, variables: { id: ocgId } }],
    awaitRefetchQueries: true,
  });
  usePageTitle('Add a place', server.hasErrors);
  return (
    <OcgChildPage ocgId={ocgId}>
      {({ ocg, heading, cancel }) => (
        <PlaceForm
          heading={heading('Add a place')}
          cancel={cancel}
          serverErrors={server.fieldErrors}
          serverGeneral={server.general}
          submitting={loading}
          onSubmit={async (values: PlaceFormValues) => {
            server.clear();
            try {
              await recordPlace({ variables: { input: { panelId: ocg.panelId, ocgId, ...placeInput(values) } } });
              await navigate(`/ocgs/${ocgId}#places`);
            } catch (e) {
              server.show(e);
            }
          }}
        />
      )}
    </OcgChildPage>
  );
}

export function OcgPlaceNewPage() {
  const { id = '' } = useParams();
  return (
    <RequirePermission permission={PERMISSIONS.OCG_WRITE}>
      <AddPlace key={id} ocgId={id} />
    </RequirePermission>
  );
}
