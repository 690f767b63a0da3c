import { createPanel, TEST_PASSWORD, type PanelFixture } from '../support/fixtures.js';
import { SqlCounter } from '../support/sql-counter.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { addDisruption, addGroup, addPlace, expireAgreement } from '../link-chart/records.js';

const MAP = `query($p: ID!, $f: HighHarmMapFilter) { highHarmMap(panelId: $p, filter: $f) {
  places { id label withheld kind area latitude longitude chbPhase groupReferences }
  areas { area activeGroups highHarmPlaces disruptionsLast12Months } } }`;

type MapResult = {
  highHarmMap: {
    places: {
      id: string;
      label: string;
      withheld: boolean;
      kind: string;
      area: string | null;
      latitude: number | null;
      longitude: number | null;
      groupReferences: string[];
    }[];
    areas: { area: string; activeGroups: number; highHarmPlaces: number; disruptionsLast12Months: number }[];
  };
};

describe('high-harm places map', () => {
  const sql = new SqlCounter();
  let t: TestApp;
  let p: PanelFixture;
  let police: string;
  let partner: string;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    t = await startTestApp({}, sql);
    p = await createPanel(t.dataSource);
    const ds = t.dataSource;
    const soc = p.agencies['Police SOC unit'];
    ids.drugs = await addGroup(ds, p.panelId, { areas: ['Eastfield', 'Harbour'], crimeTypes: ['DRUGS_SUPPLY'] });
    ids.fraud = await addGroup(ds, p.panelId, { areas: ['Eastfield'], crimeTypes: ['FRAUD'] });
    ids.gone = await addGroup(ds, p.panelId, { areas: ['Eastfield'], status: 'DISMANTLED' });
    ids.flat = await addPlace(ds, p.panelId, {
      label: 'Flat 4, Alder Court',
      area: 'Eastfield',
      highHarm: true,
      ocgId: ids.drugs,
      lat: 54.605,
      lng: -1.455,
    });
    ids.home = await addPlace(ds, p.panelId, {
      label: '22 Fern Street',
      kind: 'HOME',
      area: 'Moorside',
      highHarm: true,
      ocgId: ids.fraud,
      lat: 54.638,
      lng: -1.48,
    });
    ids.quiet = await addPlace(ds, p.panelId, { label: 'Quiet unit', area: 'Eastfield', highHarm: false, ocgId: ids.drugs });
    await addDisruption(ds, p.panelId, ids.drugs, soc, new Date(Date.now() - 30 * 864e5).toISOString().slice(0, 10));
    await addDisruption(ds, p.panelId, ids.gone, soc, new Date(Date.now() - 60 * 864e5).toISOString().slice(0, 10));
    await addDisruption(ds, p.panelId, ids.fraud, soc, new Date(Date.now() - 500 * 864e5).toISOString().slice(0, 10));
    await expireAgreement(ds, p.agencies.HMRC);
    police = await t.signIn(p.users.POLICE_MEMBER.email, TEST_PASSWORD);
    partner = await t.signIn(p.users.PARTNER_MEMBER.email, TEST_PASSWORD);
  });
  afterAll(() => t.close());

  it('rejects the unauthenticated', async () => {
    expect((await t.gql(MAP, { p: p.panelId })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('shows only high-harm places, with positions and their groups', async () => {
    const res = await t.gql<MapResult>(MAP, { p: p.panelId }, { session: police });
    expect(res.errors).toBeUndefined();
    const places = res.data?.highHarmMap.places ?? [];
    expect(places.map((x) => x.id).sort()).toEqual([ids.flat, ids.home].sort());
    expect(places.find((x) => x.id === ids.home)).toMatchObject({ label: '22 Fern Street', withheld: false, latitude: 54.638, longitude: -1.48 });
    expect(places.find((x) => x.id === ids.flat)?.groupReferences).toHaveLength(1);
  });

  it('shows a partner without personal-data cover only the area of a home address', async () => {
    const res = await t.gql<MapResult>(MAP, { p: p.panelId }, { session: partner });
    const home = res.data?.highHarmMap.places.find((x) => x.id === ids.home);
    expect(home).toMatchObject({ label: 'Home address in Moorside', withheld: true, latitude: null, longitude: null, area: 'Moorside' });
    expect(JSON.stringify(res.data)).not.toContain('Fern Street');
    expect(res.data?.highHarmMap.places.find((x) => x.id === ids.flat)?.label).toBe('Flat 4, Alder Court');
  });

  it('filters by crime type', async () => {
    const res = await t.gql<MapResult>(MAP, { p: p.panelId, f: { crimeType: 'FRAUD' } }, { session: police });
    expect(res.data?.highHarmMap.places.map((x) => x.id)).toEqual([ids.home]);
    expect(res.data?.highHarmMap.areas.find((a) => a.area === 'Eastfield')).toMatchObject({ activeGroups: 1, highHarmPlaces: 0 });
  });

  it('counts activity per area exactly as direct SQL does, in two statements', async () => {
    sql.count = 0;
    const res = await t.gql<MapResult>(MAP, { p: p.panelId }, { session: police });
    const statements = sql.count;
    const areas = res.data?.highHarmMap.areas ?? [];
    expect(areas.map((a) => a.area).sort()).toEqual(['Eastfield', 'Harbour', 'Moorside']);
    for (const a of areas) {
      const [g] = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM ocg WHERE panel_id = $1 AND $2 = ANY(areas) AND status NOT IN ('DISMANTLED','ARCHIVED')`,
        [p.panelId, a.area],
      );
      const [pl] = await t.dataSource.query(`SELECT count(*)::int AS n FROM place WHERE panel_id = $1 AND area = $2 AND high_harm`, [
        p.panelId,
        a.area,
      ]);
      const [d] = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM disruption d JOIN ocg o ON o.id = d.ocg_id
          WHERE d.panel_id = $1 AND $2 = ANY(o.areas) AND d.occurred_on > current_date - interval '12 months'`,
        [p.panelId, a.area],
      );
      expect(a).toEqual({ area: a.area, activeGroups: g.n, highHarmPlaces: pl.n, disruptionsLast12Months: d.n });
    }
    expect(areas.find((a) => a.area === 'Eastfield')).toEqual({ area: 'Eastfield', activeGroups: 2, highHarmPlaces: 1, disruptionsLast12Months: 2 });
    // Constant cost: more places and groups do not add statements.
    for (let i = 0; i < 10; i += 1) {
      const g = await addGroup(t.dataSource, p.panelId, { areas: ['Brookside'] });
      await addPlace(t.dataSource, p.panelId, { label: `Hotspot ${i}`, kind: 'HOTSPOT', area: 'Brookside', highHarm: true, ocgId: g });
    }
    sql.count = 0;
    await t.gql<MapResult>(MAP, { p: p.panelId }, { session: police });
    expect(sql.count).toBe(statements);
  });

  it('puts a place recorded with a position on the map, and refuses a position outside the UK or half a position', async () => {
    const RECORD = 'mutation($i: RecordPlaceInput!) { recordPlace(input: $i) { id latitude longitude } }';
    const place = { panelId: p.panelId, label: 'Yard behind 3 Dock Road', kind: 'PREMISES', area: 'Harbour', highHarm: true, ocgId: ids.drugs };
    const count = async () => (await t.dataSource.query(`SELECT count(*)::int AS n FROM place WHERE panel_id = $1`, [p.panelId]))[0].n;
    const before = await count();
    for (const [latitude, longitude, field] of [
      [-1.2, 54.6, 'latitude'],
      [54.6, 12.5, 'longitude'],
      [54.6, null, 'longitude'],
      [null, -1.2, 'latitude'],
    ] as const) {
      const res = await t.gql(RECORD, { i: { ...place, latitude, longitude } }, { session: police });
      expect(res.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field });
      expect(res.errors?.[0]?.message).toMatch(
        field === 'latitude' ? /latitude in decimal degrees from 49.8 to 60.9/ : /longitude in decimal degrees from -8.7 to 1.8/,
      );
    }
    expect(await count()).toBe(before);
    const made = await t.gql<{ recordPlace: { id: string; latitude: number; longitude: number } }>(
      RECORD,
      { i: { ...place, latitude: 54.5721234, longitude: -1.2341 } },
      { session: police },
    );
    expect(made.errors).toBeUndefined();
    const res = await t.gql<MapResult>(MAP, { p: p.panelId }, { session: police });
    expect(res.data?.highHarmMap.places.find((x) => x.id === made.data?.recordPlace.id)).toMatchObject({
      label: 'Yard behind 3 Dock Road',
      latitude: 54.572123,
      longitude: -1.2341,
      area: 'Harbour',
    });
  });
});
