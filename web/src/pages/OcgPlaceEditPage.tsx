import { useMutation, useQuery } from '@apollo/client/react';
import { useNavigate, useParams } from 'react-router';
import { PERMISSIONS, PLACE_KIND_LABELS } from '@sentinel/shared';
import { Loading } from '../ui/Loading';
import { getFragmentData } from '../gql';
import { useServerErrors } from '../modules/agencies/components/useAgencyFormErrors';
import { RequirePermission } from '../modules/app/components/RequirePermission';
import { ForbiddenContent, NotFoundContent, ServiceErrorContent } from '../modules/app/components/StatusContent';
import { usePageTitle } from '../modules/app/usePageTitle';
import { useConflict, useOpenedVersion } from '../modules/app/useConflict';
import { apiErrors } from '../modules/app/utils/api-errors';
import { OcgChildPage } from '../modules/ocgs/components/OcgChildPage';
import { OcgQuery } from '../modules/ocgs/graphql/ocg.query';
import { PlaceForm } from '../modules/places/components/PlaceForm';
import { PlaceDetailsFragment } from '../modules/places/graphql/place-details.fragment';
import { PlaceQuery } from '../modules/places/graphql/place.query';
import { UpdatePlaceMutation } from '../modules/places/graphql/update-place.mutation';
import { PLACE_FORM_FIELDS, placeFormValues, placeInput, type PlaceFormValues } from '../modules/places/utils/place-form';
import { CHB_PHASE_LABELS } from '../modules/records/utils/labels';

/** The words the conflict review shows for the form's coded values. */
const VALUE_LABELS = {
  kind: PLACE_KIND_LABELS,
  highHarm: { yes: 'Yes', no: 'No' },
  chbPhase: { NONE: 'Not started', ...CHB_PHASE_LABELS },
};

function EditPlace({ ocgId, placeId }: { ocgId: string; placeId: string }) {
  const navigate = useNavigate();
  const server = useServerErrors(PLACE_FORM_FIELDS);
  // Saved against the version read as the page opened: a change by someone else meanwhile answers CONFLICT.
  const { data, error, refetch } = useQuery(PlaceQuery, { variables: { id: placeId }, fetchPolicy: 'network-only' });
  const place = getFragmentData(PlaceDetailsFragment, data?.place);
  const opened = useOpenedVersion(place?.version);
  const conflict = useConflict<PlaceFormValues>('Place');
  const [updatePlace, { loading: saving }] = useMutation(UpdatePlaceMutation, {
    refetchQueries: [{ query: OcgQuery, variables: { id: ocgId } }],
    awaitRefetchQueries: true,
  });
  usePageTitle('Change a place', server.hasErrors);

  const codes = apiErrors(error).map((e) => e.code);
  if (!data && (codes.includes('NOT_FOUND') || codes.includes('BAD_USER_INPUT'))) return <NotFoundContent />;
  if (!data && error) return <ServiceErrorContent message={error.message} />;
  if (!place) return <Loading />;
  // A home address the viewer may not read is shown by a stand-in, which must never be saved back as the address.
  if (place.personalDataWithheld) return <ForbiddenContent />;

  const reload = async () => opened.moveTo(getFragmentData(PlaceDetailsFragment, (await refetch()).data?.place)?.version);
  const onSubmit = async (values: PlaceFormValues) => {
    server.clear();
    try {
      await updatePlace({ variables: { input: { id: placeId, version: opened.current(), ...placeInput(values) } } });
      await navigate(`/ocgs/${ocgId}#places`);
    } catch (e) {
      server.show(e);
      await conflict.caught(e, values, reload);
    }
  };

  return (
    <OcgChildPage ocgId={ocgId}>
      {({ heading, cancel }) => (
        <PlaceForm
          key={place.id}
          initialValues={placeFormValues(place)}
          submitText="Save changes"
          heading={
            <>
              {heading('Change a place')}
              {conflict.review(placeFormValues(place), VALUE_LABELS)}
            </>
          }
          cancel={cancel}
          serverErrors={server.fieldErrors}
          serverGeneral={server.general}
          submitting={saving}
          onSubmit={onSubmit}
        />
      )}
    </OcgChildPage>
  );
}

export function OcgPlaceEditPage() {
  const { id = '', placeId = '' } = useParams();
  return (
    <RequirePermission permission={PERMISSIONS.OCG_WRITE}>
      <EditPlace key={`${id}:${placeId}`} ocgId={id} placeId={placeId} />
    </RequirePermission>
  );
}
