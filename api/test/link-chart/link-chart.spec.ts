import { createPanel, TEST_PASSWORD, type PanelFixture } from '../support/fixtures.js';
import { SqlCounter } from '../support/sql-counter.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { addGroup, addNominal, addPlace, addVehicle, expireAgreement } from './records.js';

const CHART = `query($p: ID!, $o: ID, $d: Int, $a: Boolean) { linkChart(panelId: $p, ocgId: $o, depth: $d, includeArchived: $a) {
  nodes { id kind label sublabel recordId ocgCount shared } edges { id source target kind role } truncated } }`;
const SHARED = `query($p: ID!) { sharedNominals(panelId: $p) { nominal { id reference displayName surname personalDataWithheld } groups { ocgId reference name role } } }`;

type Node = { id: string; kind: string; label: string; sublabel: string | null; recordId: string; ocgCount: number | null; shared: boolean };
type Chart = { linkChart: { nodes: Node[]; edges: { source: string; target: string; kind: string; role: string | null }[]; truncated: boolean } };

describe('link chart', () => {
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
    ids.a = await addGroup(ds, p.panelId, { name: 'Alder Court group' });
    ids.b = await addGroup(ds, p.panelId, { name: 'Dock Road group' });
    ids.old = await addGroup(ds, p.panelId, { name: 'Archived group', status: 'ARCHIVED' });
    ids.shared = await addNominal(ds, p.panelId, 'Linkman', [
      [ids.a, 'PRINCIPAL'],
      [ids.b, 'SIGNIFICANT'],
    ]);
    ids.solo = await addNominal(ds, p.panelId, 'Soloway', [[ids.a, 'PERIPHERAL']]);
    ids.oldOnly = await addNominal(ds, p.panelId, 'Pastman', [
      [ids.old, 'PRINCIPAL'],
      [ids.b, 'ASSOCIATE'],
    ]);
    ids.van = await addVehicle(ds, p.panelId, ids.a, ids.solo);
    ids.home = await addPlace(ds, p.panelId, { label: '9 Secret Street', kind: 'HOME', area: 'Eastfield', nominalId: ids.solo });
    ids.yard = await addPlace(ds, p.panelId, { label: 'Dock Road yard', kind: 'PREMISES', area: 'Harbour', ocgId: ids.b });
    await expireAgreement(ds, p.agencies.HMRC);
    police = await t.signIn(p.users.POLICE_MEMBER.email, TEST_PASSWORD);
    partner = await t.signIn(p.users.PARTNER_MEMBER.email, TEST_PASSWORD);
  });
  afterAll(() => t.close());

  const node = (c: Chart, kind: string, id: string) => c.linkChart.nodes.find((n) => n.id === `${kind}:${id}`);

  it('rejects the unauthenticated and hides other panels', async () => {
    expect((await t.gql(CHART, { p: p.panelId })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const other = await createPanel(t.dataSource);
    expect((await t.gql(CHART, { p: other.panelId }, { session: police })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('charts the open groups of the panel and marks the nominal shared between two of them', async () => {
    const res = await t.gql<Chart>(CHART, { p: p.panelId }, { session: police });
    expect(res.errors).toBeUndefined();
    const c = res.data as Chart;
    expect(node(c, 'NOMINAL', ids.shared)).toMatchObject({ label: 'Alex LINKMAN', shared: true, ocgCount: 2 });
    expect(node(c, 'NOMINAL', ids.solo)).toMatchObject({ shared: false, ocgCount: 1 });
    // Only open groups count: the archived group's member is linked to one charted group.
    expect(node(c, 'NOMINAL', ids.oldOnly)).toMatchObject({ shared: false, ocgCount: 1 });
    expect(node(c, 'OCG', ids.old)).toBeUndefined();
    expect(node(c, 'VEHICLE', ids.van)).toBeDefined();
    expect(node(c, 'PLACE', ids.home)).toMatchObject({ label: '9 Secret Street' });
    expect(c.linkChart.edges).toContainEqual(
      expect.objectContaining({ source: `OCG:${ids.b}`, target: `NOMINAL:${ids.shared}`, kind: 'MEMBER', role: 'SIGNIFICANT' }),
    );
    expect(c.linkChart.edges).toContainEqual(
      expect.objectContaining({ source: `NOMINAL:${ids.solo}`, target: `VEHICLE:${ids.van}`, kind: 'VEHICLE' }),
    );
    expect(c.linkChart.truncated).toBe(false);

    const withArchived = (await t.gql<Chart>(CHART, { p: p.panelId, a: true }, { session: police })).data as Chart;
    expect(node(withArchived, 'NOMINAL', ids.oldOnly)).toMatchObject({ shared: true, ocgCount: 2 });
  });

  it('walks out from one group hop by hop', async () => {
    const one = (await t.gql<Chart>(CHART, { p: p.panelId, o: ids.a, d: 1 }, { session: police })).data as Chart;
    expect(one.linkChart.nodes.map((n) => n.id).sort()).toEqual(
      [`OCG:${ids.a}`, `NOMINAL:${ids.shared}`, `NOMINAL:${ids.solo}`, `VEHICLE:${ids.van}`].sort(),
    );
    const two = (await t.gql<Chart>(CHART, { p: p.panelId, o: ids.a, d: 2 }, { session: police })).data as Chart;
    expect(node(two, 'OCG', ids.b)).toBeDefined();
    expect(node(two, 'PLACE', ids.home)).toBeDefined();
    expect(node(two, 'PLACE', ids.yard)).toBeUndefined();
    const three = (await t.gql<Chart>(CHART, { p: p.panelId, o: ids.a, d: 3 }, { session: police })).data as Chart;
    expect(node(three, 'PLACE', ids.yard)).toBeDefined();
    const bad = await t.gql(CHART, { p: p.panelId, o: ids.a, d: 4 }, { session: police });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('withholds names and home addresses from a partner whose agreement has lapsed', async () => {
    const c = (await t.gql<Chart>(CHART, { p: p.panelId }, { session: partner })).data as Chart;
    const n = node(c, 'NOMINAL', ids.shared);
    expect(n).toMatchObject({ shared: true, sublabel: 'Details withheld' });
    expect(n?.label).toMatch(/^N-T/);
    expect(JSON.stringify(c)).not.toContain('LINKMAN');
    expect(JSON.stringify(c)).not.toContain('Secret Street');
    expect(node(c, 'PLACE', ids.home)?.label).toBe('Home address in Eastfield');

    const list = (
      await t.gql<{
        sharedNominals: {
          nominal: { displayName: string; surname: string | null; personalDataWithheld: boolean };
          groups: { ocgId: string; role: string }[];
        }[];
      }>(SHARED, { p: p.panelId }, { session: partner })
    ).data?.sharedNominals;
    expect(list).toHaveLength(1);
    expect(list?.[0].nominal).toMatchObject({ surname: null, personalDataWithheld: true });
    expect(list?.[0].groups.map((g) => g.ocgId).sort()).toEqual([ids.a, ids.b].sort());
  });

  it('lists shared nominals with their groups and roles for police', async () => {
    const res = await t.gql<{ sharedNominals: { nominal: { surname: string }; groups: { role: string }[] }[] }>(
      SHARED,
      { p: p.panelId },
      { session: police },
    );
    expect(res.data?.sharedNominals[0].nominal.surname).toBe('Linkman');
    expect(res.data?.sharedNominals[0].groups.map((g) => g.role).sort()).toEqual(['PRINCIPAL', 'SIGNIFICANT']);
  });

  it('answers in the same number of statements for 5 groups and for 50', async () => {
    const q = await createPanel(t.dataSource);
    const session = await t.signIn(q.users.POLICE_MEMBER.email, TEST_PASSWORD);
    const grow = async (n: number) => {
      for (let i = 0; i < n; i += 1) {
        const g = await addGroup(t.dataSource, q.panelId);
        const person = await addNominal(t.dataSource, q.panelId, `Person${i}`, [[g, 'PRINCIPAL']]);
        await addVehicle(t.dataSource, q.panelId, g, person);
        await addPlace(t.dataSource, q.panelId, { label: `Place ${i}`, ocgId: g, nominalId: person });
      }
    };
    const count = async () => {
      sql.count = 0;
      const res = await t.gql<Chart>(CHART, { p: q.panelId }, { session });
      expect(res.errors).toBeUndefined();
      return { statements: sql.count, nodes: res.data?.linkChart.nodes.length };
    };
    await grow(5);
    const small = await count();
    await grow(45);
    const large = await count();
    expect(small.nodes).toBe(20);
    expect(large.nodes).toBe(200);
    expect(large.statements).toBe(small.statements);
  });
});
