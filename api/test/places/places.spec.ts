import { createPanel, TEST_PASSWORD, type PanelFixture } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const RECORD = 'mutation($i: RecordPlaceInput!) { recordPlace(input: $i) { id version } }';
const UPDATE = `mutation($i: UpdatePlaceInput!) { updatePlace(input: $i) {
  id label kind area highHarm chbPhase latitude longitude version personalDataWithheld
} }`;

type Place = {
  id: string;
  label: string;
  kind: string;
  area: string | null;
  highHarm: boolean;
  chbPhase: string | null;
  latitude: number | null;
  longitude: number | null;
  version: number;
};

const DOCK_ROAD = { label: 'Yard behind 3 Dock Road', kind: 'PREMISES', area: 'Eastfield', highHarm: false };

describe('changing a place', () => {
  let t: TestApp;
  let p: PanelFixture;
  let police: string;
  let partner: string;
  let outsider: string;

  beforeAll(async () => {
    t = await startTestApp();
    p = await createPanel(t.dataSource);
    const other = await createPanel(t.dataSource);
    police = await t.signIn(p.users.POLICE_MEMBER.email, TEST_PASSWORD);
    partner = await t.signIn(p.users.PARTNER_MEMBER.email, TEST_PASSWORD);
    outsider = await t.signIn(other.users.CHAIR.email, TEST_PASSWORD);
  });
  afterAll(() => t.close());

  async function record(fields: Record<string, unknown> = DOCK_ROAD): Promise<string> {
    const res = await t.gql<{ recordPlace: { id: string } }>(RECORD, { i: { panelId: p.panelId, ...fields } }, { session: police });
    expect(res.errors).toBeUndefined();
    return res.data!.recordPlace.id;
  }
  const update = (session: string | undefined, i: Record<string, unknown>) => t.gql<{ updatePlace: Place }>(UPDATE, { i }, { session });
  const row = async (id: string) =>
    (
      await t.dataSource.query(`SELECT label, area, high_harm, latitude::text AS lat, longitude::text AS lng, version FROM place WHERE id = $1`, [id])
    )[0];

  it('rejects the unauthenticated, and a member whose role may not change records', async () => {
    const id = await record();
    expect((await update(undefined, { ...DOCK_ROAD, id, version: 1 })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await update(partner, { ...DOCK_ROAD, id, version: 1 })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await row(id)).version).toBe(1);
  });

  it("answers another panel's place exactly as one that does not exist, and changes nothing", async () => {
    const id = await record();
    const foreign = await update(outsider, { ...DOCK_ROAD, label: 'Taken over', id, version: 1 });
    const missing = await update(outsider, { ...DOCK_ROAD, label: 'Taken over', id: '00000000-0000-4000-8000-000000000000', version: 1 });
    expect(foreign.data).toBeNull();
    expect(foreign.errors).toEqual(missing.errors);
    expect(foreign.errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND' });
    expect(await row(id)).toMatchObject({ label: DOCK_ROAD.label, version: 1 });
  });

  it('changes every field at its version, keeps the position to six places, and writes the change on its history', async () => {
    const id = await record();
    const changed = await update(police, {
      id,
      version: 1,
      label: '  Unit 4, Dock Road Trading Estate ',
      kind: 'BUSINESS',
      area: 'Westgate',
      highHarm: true,
      chbPhase: 'HOLD',
      latitude: 54.5721234,
      longitude: -1.2341,
    });
    expect(changed.errors).toBeUndefined();
    expect(changed.data?.updatePlace).toMatchObject({
      label: 'Unit 4, Dock Road Trading Estate',
      kind: 'BUSINESS',
      area: 'Westgate',
      highHarm: true,
      chbPhase: 'HOLD',
      latitude: 54.572123,
      longitude: -1.2341,
      version: 2,
    });
    expect(await row(id)).toMatchObject({ lat: '54.572123', lng: '-1.234100', version: 2 });
    // Left out, the position and the phase are cleared: the input is the place as it is to be.
    const cleared = await update(police, { id, version: 2, label: 'Unit 4, Dock Road Trading Estate', kind: 'BUSINESS', highHarm: true });
    expect(cleared.data?.updatePlace).toMatchObject({ latitude: null, longitude: null, chbPhase: null, area: null, version: 3 });
    const audit: { action: string; changes: Record<string, [unknown, unknown]> }[] = await t.dataSource.query(
      `SELECT action, changes FROM audit_event WHERE entity_type = 'Place' AND entity_id = $1 ORDER BY id`,
      [id],
    );
    expect(audit.map((a) => a.action)).toEqual(['CREATE', 'UPDATE', 'UPDATE']);
    expect(audit[1].changes).toMatchObject({
      label: [DOCK_ROAD.label, 'Unit 4, Dock Road Trading Estate'],
      kind: ['PREMISES', 'BUSINESS'],
      highHarm: [false, true],
      latitude: [null, '54.572123'],
      version: [1, 2],
    });
    expect(Object.keys(audit[2].changes).sort()).toEqual(['area', 'chbPhase', 'latitude', 'longitude', 'version']);
  });

  it('answers a stale edit with CONFLICT naming what changed since, as the form labels it, and keeps the newer change', async () => {
    const id = await record();
    expect((await update(police, { ...DOCK_ROAD, id, version: 1, highHarm: true, area: 'Northgate' })).errors).toBeUndefined();
    const stale = await update(police, { ...DOCK_ROAD, id, version: 1, label: 'Yard at 3 Dock Road' });
    expect(stale.errors?.[0]?.extensions).toEqual({ code: 'CONFLICT', changedFields: ['area', 'highHarm'] });
    expect(stale.errors?.[0]?.message).toBe(
      'This place was changed by someone else since you opened it: Area, Is this a high-harm place? changed. Check their changes beside yours, then save again.',
    );
    expect(await row(id)).toMatchObject({ label: DOCK_ROAD.label, area: 'Northgate', high_harm: true, version: 2 });
    // Saved again against the newer version, it goes through.
    expect((await update(police, { ...DOCK_ROAD, id, version: 2, label: 'Yard at 3 Dock Road' })).data?.updatePlace.version).toBe(3);
  });

  it('refuses what no form would send, naming the field and what to fix, and changes nothing', async () => {
    const id = await record();
    const refusal = async (fields: Record<string, unknown>) => (await update(police, { ...DOCK_ROAD, id, version: 1, ...fields })).errors?.[0];
    expect(await refusal({ label: 'x'.repeat(301) })).toMatchObject({
      message: 'Address or area must be 300 characters or fewer',
      extensions: { code: 'BAD_USER_INPUT', field: 'label' },
    });
    expect(await refusal({ area: 'x'.repeat(101) })).toMatchObject({
      message: 'Area must be 100 characters or fewer',
      extensions: { code: 'BAD_USER_INPUT', field: 'area' },
    });
    expect(await refusal({ label: '  a ' })).toMatchObject({ message: 'Enter the address or area', extensions: { field: 'label' } });
    expect(await refusal({ latitude: -1.2341, longitude: 54.5721 })).toMatchObject({
      message: expect.stringMatching(/^Enter the latitude in decimal degrees from 49.8 to 60.9/),
      extensions: { code: 'BAD_USER_INPUT', field: 'latitude' },
    });
    expect(await refusal({ latitude: 54.5721, longitude: 2.5 })).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'longitude' } });
    expect(await refusal({ latitude: 54.5721 })).toMatchObject({
      message: expect.stringMatching(/^Enter the longitude as well as the latitude/),
      extensions: { field: 'longitude' },
    });
    expect(await refusal({ version: 0 })).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'version' } });
    // At the limits exactly, the whole text is kept.
    const kept = await update(police, { ...DOCK_ROAD, id, version: 1, label: 'l'.repeat(300), area: 'a'.repeat(100) });
    expect(kept.errors).toBeUndefined();
    expect(await row(id)).toMatchObject({ label: 'l'.repeat(300), area: 'a'.repeat(100), version: 2 });
  });
});
