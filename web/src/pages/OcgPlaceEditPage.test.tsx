import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { renderRoute, viewerMock } from '../test/render';
import { OcgQuery } from '../modules/ocgs/graphql/ocg.query';
import { PlaceQuery } from '../modules/places/graphql/place.query';
import { UpdatePlaceMutation } from '../modules/places/graphql/update-place.mutation';
import { conflictReviewRow } from '../test/conflict-review';

const group: MockLink.MockedResponse = {
  request: { query: OcgQuery, variables: { id: 'ocg-1' } },
  result: {
    data: {
      ocg: {
        __typename: 'Ocg',
        id: 'ocg-1',
        panelId: 'panel-1',
        reference: 'OCG-0001',
        name: 'Operation Osprey',
        status: 'ACTIVE',
        crimeTypes: [],
        areas: [],
        summary: null,
        lroUserId: null,
        lroName: null,
        sroUserId: null,
        sroName: null,
        dateMapped: null,
        nextReviewOn: null,
        archivedAt: null,
        gscMarking: 'OFFICIAL_SENSITIVE',
        tier: null,
        scoreTotal: null,
        scoredAt: null,
        updatedAt: '2026-12-01T10:00:00.000Z',
        version: 1,
        scoreHistory: [],
        nominals: [],
        vehicles: [],
        places: [],
      },
    },
  },
  maxUsageCount: 5,
};

type PlaceFields = Partial<{ label: string; kind: string; highHarm: boolean; personalDataWithheld: boolean; latitude: number | null }>;

const place = (version: number, fields: PlaceFields = {}) => ({
  __typename: 'Place',
  id: 'place-1',
  panelId: 'panel-1',
  label: 'Yard behind 3 Dock Road',
  personalDataWithheld: false,
  kind: 'PREMISES',
  area: 'Eastfield',
  highHarm: false,
  chbPhase: null,
  latitude: 54.5721,
  longitude: -1.2341,
  version,
  ...fields,
});
const read = (version: number, fields: PlaceFields = {}): MockLink.MockedResponse => ({
  request: { query: PlaceQuery, variables: { id: 'place-1' } },
  result: { data: { place: place(version, fields) } },
});
const input = (version: number, label: string) => ({
  id: 'place-1',
  version,
  label,
  kind: 'PREMISES',
  area: 'Eastfield',
  latitude: 54.5721,
  longitude: -1.2341,
  highHarm: false,
  chbPhase: null,
});
const save = (user: ReturnType<typeof userEvent.setup>) => user.click(screen.getByRole('button', { name: 'Save changes' }));

describe('changing a place', () => {
  it('opens with the place as recorded, position included, and refuses an over-long address at the field without sending it', async () => {
    const user = userEvent.setup();
    const sent = jest.fn(() => ({ errors: [{ message: 'Should not be sent', extensions: { code: 'CONFLICT' } }] }));
    const long = 'l'.repeat(301);
    renderRoute('/ocgs/ocg-1/places/place-1/edit', [
      viewerMock(),
      group,
      read(1),
      { request: { query: UpdatePlaceMutation, variables: { input: input(1, long) } }, result: sent },
    ]);
    const label = await screen.findByLabelText('Address or area', {}, { timeout: 5000 });
    expect(label).toHaveValue('Yard behind 3 Dock Road');
    expect(screen.getByLabelText('Premises')).toBeChecked();
    const position = screen.getByRole('group', { name: 'Where it is on the map (optional)' });
    expect(within(position).getByLabelText('Latitude')).toHaveValue('54.5721');
    expect(within(position).getByLabelText('Longitude')).toHaveValue('-1.2341');

    await user.clear(label);
    await user.click(label);
    await user.paste(long);
    expect(label).toHaveAccessibleDescription(/You have 1 character too many/);
    await save(user);
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Address or area must be 300 characters or fewer' })).toHaveAttribute('href', '#label');
    expect(label).toHaveValue(long);
    expect(sent).not.toHaveBeenCalled();
  }, 20_000);

  it('lays a change saved by someone else beside the one typed, and saves again on the newer version without retyping', async () => {
    const user = userEvent.setup();
    const saved = jest.fn(() => ({ data: { updatePlace: place(3, { label: 'Unit 4, Dock Road', highHarm: true }) } }));
    const message =
      'This place was changed by someone else since you opened it: Is this a high-harm place? changed. Check their changes beside yours, then save again.';
    renderRoute('/ocgs/ocg-1/places/place-1/edit', [
      viewerMock(),
      group,
      read(1),
      {
        request: { query: UpdatePlaceMutation, variables: { input: input(1, 'Unit 4, Dock Road') } },
        result: { errors: [{ message, extensions: { code: 'CONFLICT', changedFields: ['highHarm'] } }] },
      },
      read(2, { highHarm: true }),
      { request: { query: UpdatePlaceMutation, variables: { input: input(2, 'Unit 4, Dock Road') } }, result: saved },
    ]);
    const label = await screen.findByLabelText('Address or area', {}, { timeout: 5000 });
    await user.clear(label);
    await user.type(label, 'Unit 4, Dock Road');
    await save(user);

    expect(await screen.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent('Is this a high-harm place? changed');
    expect(await conflictReviewRow(/Is this a high-harm place\?/)).toEqual(['No', 'Yes']);
    expect(screen.getByLabelText('Address or area')).toHaveValue('Unit 4, Dock Road');
    await save(user);
    await waitFor(() => expect(saved).toHaveBeenCalledTimes(1), { timeout: 5000 });
  }, 20_000);

  it('offers no form for a home address the viewer may not read', async () => {
    renderRoute('/ocgs/ocg-1/places/place-1/edit', [
      viewerMock(),
      group,
      read(1, { kind: 'HOME', label: 'Home address in Eastfield', personalDataWithheld: true, latitude: null }),
    ]);
    expect(await screen.findByRole('heading', { name: 'You do not have access to this page' }, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.queryByLabelText('Address or area')).not.toBeInTheDocument();
  });
});
