import { addGroup, addPlace, addUncoveredPartner } from '../link-chart/records.js';
import { createPanel, TEST_PASSWORD, type PanelFixture } from '../support/fixtures.js';
import { SqlCounter } from '../support/sql-counter.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const MAP = `query($p: ID!, $f: HighHarmMapFilter) { highHarmMap(panelId: $p, filter: $f) { places { id label withheld latitude } } }`;

type MapResult = { highHarmMap: { places: { id: string; label: string; withheld: boolean; latitude: number | null }[] } };

describe('high-harm places map and the consultation log', () => {
  const sql = new SqlCounter();
  let t: TestApp;
  let p: PanelFixture;
  let covered: string;
  let uncovered: { userId: string; session: string };
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    t = await startTestApp({}, sql);
    p = await createPanel(t.dataSource);
    const ds = t.dataSource;
    ids.drugs = await addGroup(ds, p.panelId, { areas: ['Eastfield'], crimeTypes: ['DRUGS_SUPPLY'] });
    ids.fraud = await addGroup(ds, p.panelId, { areas: ['Moorside'], crimeTypes: ['FRAUD'] });
    ids.fernHome = await addPlace(ds, p.panelId, {
      label: '22 Fern Street',
      kind: 'HOME',
      area: 'Moorside',
      highHarm: true,
      ocgId: ids.fraud,
      lat: 54.638,
      lng: -1.48,
    });
    ids.ashHome = await addPlace(ds, p.panelId, {
      label: '8 Ash Grove',
      kind: 'HOME',
      area: 'Eastfield',
      highHarm: true,
      ocgId: ids.drugs,
      lat: 54.6,
      lng: -1.45,
    });
    ids.quietHome = await addPlace(ds, p.panelId, { label: '1 Quiet Lane', kind: 'HOME', area: 'Eastfield', highHarm: false, ocgId: ids.drugs });
    ids.flat = await addPlace(ds, p.panelId, { label: 'Flat 4, Alder Court', area: 'Eastfield', highHarm: true, ocgId: ids.drugs });
    covered = await t.signIn(p.users.PARTNER_MEMBER.email, TEST_PASSWORD);
    const ts = await addUncoveredPartner(ds, p);
    uncovered = { userId: ts.userId, session: await t.signIn(ts.email, TEST_PASSWORD) };
  });
  afterAll(() => t.close());

  const map = async (session: string, userId: string, filter?: Record<string, unknown>) => {
    const [{ last }] = await t.dataSource.query(`SELECT COALESCE(max(id), 0)::bigint AS last FROM consultation`);
    sql.count = 0;
    const res = await t.gql<MapResult>(MAP, { p: p.panelId, f: filter ?? null }, { session });
    const statements = sql.count;
    expect(res.errors).toBeUndefined();
    const rows: { entity: string; channel: string; to: string }[] = await t.dataSource.query(
      `SELECT entity_type || ':' || entity_id AS entity, channel, disclosed_to_agency_id AS to FROM consultation_subject
        WHERE id > $1 AND actor_user_id = $2 AND action = 'CONSULT' ORDER BY 1`,
      [last, userId],
    );
    return { places: res.data?.highHarmMap.places ?? [], rows, statements };
  };

  it('logs, for a partner whose agreement covers personal data, exactly the home addresses on the map', async () => {
    const { places, rows } = await map(covered, p.users.PARTNER_MEMBER.userId);
    expect(places.map((x) => x.id).sort()).toEqual([ids.fernHome, ids.ashHome, ids.flat].sort());
    expect(places.find((x) => x.id === ids.fernHome)).toMatchObject({ label: '22 Fern Street', withheld: false, latitude: 54.638 });
    const hmrc = p.agencies.HMRC;
    expect(rows).toEqual([`Place:${ids.fernHome}`, `Place:${ids.ashHome}`].sort().map((entity) => ({ entity, channel: 'GRAPHQL', to: hmrc })));

    const fraud = await map(covered, p.users.PARTNER_MEMBER.userId, { crimeType: 'FRAUD' });
    expect(fraud.places.map((x) => x.id)).toEqual([ids.fernHome]);
    expect(fraud.rows.map((r) => r.entity)).toEqual([`Place:${ids.fernHome}`]);
  });

  it('shows a partner without cover only the areas of home addresses, and logs nothing', async () => {
    const { places, rows } = await map(uncovered.session, uncovered.userId);
    expect(places.find((x) => x.id === ids.fernHome)).toMatchObject({ label: 'Home address in Moorside', withheld: true, latitude: null });
    expect(JSON.stringify(places)).not.toMatch(/Fern Street|Ash Grove/);
    expect(rows).toEqual([]);
  });

  it('logs in one statement however many home addresses are shown', async () => {
    const before = await map(covered, p.users.PARTNER_MEMBER.userId);
    for (let i = 0; i < 12; i += 1) {
      await addPlace(t.dataSource, p.panelId, { label: `${i} Birch Row`, kind: 'HOME', area: 'Brookside', highHarm: true, ocgId: ids.drugs });
    }
    const after = await map(covered, p.users.PARTNER_MEMBER.userId);
    expect(before.rows).toHaveLength(2);
    expect(after.rows).toHaveLength(14);
    expect(after.statements).toBe(before.statements);
  });
});
