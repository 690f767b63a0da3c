import { createPanel, TEST_PASSWORD, type PanelFixture } from '../support/fixtures.js';
import { SqlCounter } from '../support/sql-counter.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { addGroup, addNominal, addPlace, addUncoveredPartner } from './records.js';

const CHART = `query($p: ID!, $o: ID, $d: Int) { linkChart(panelId: $p, ocgId: $o, depth: $d) { nodes { id kind label recordId } } }`;

type Chart = { linkChart: { nodes: { id: string; kind: string; label: string; recordId: string }[] } };

describe('link chart and the consultation log', () => {
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
    ids.a = await addGroup(ds, p.panelId, { name: 'Alder Court group' });
    ids.b = await addGroup(ds, p.panelId, { name: 'Dock Road group' });
    ids.old = await addGroup(ds, p.panelId, { name: 'Archived group', status: 'ARCHIVED' });
    ids.ann = await addNominal(ds, p.panelId, 'Annerley', [[ids.a, 'PRINCIPAL']]);
    ids.ben = await addNominal(ds, p.panelId, 'Bentham', [
      [ids.a, 'SIGNIFICANT'],
      [ids.b, 'PRINCIPAL'],
    ]);
    ids.gone = await addNominal(ds, p.panelId, 'Gonville', [[ids.old, 'PRINCIPAL']]);
    ids.annHome = await addPlace(ds, p.panelId, { label: '3 Annerley Road', kind: 'HOME', area: 'Eastfield', nominalId: ids.ann });
    ids.goneHome = await addPlace(ds, p.panelId, { label: '5 Gonville Close', kind: 'HOME', area: 'Eastfield', nominalId: ids.gone });
    ids.yard = await addPlace(ds, p.panelId, { label: 'Dock Road yard', kind: 'PREMISES', area: 'Harbour', ocgId: ids.b });
    covered = await t.signIn(p.users.PARTNER_MEMBER.email, TEST_PASSWORD);
    const ts = await addUncoveredPartner(t.dataSource, p);
    uncovered = { userId: ts.userId, session: await t.signIn(ts.email, TEST_PASSWORD) };
  });
  afterAll(() => t.close());

  const chart = async (session: string, userId: string, vars: Record<string, unknown> = {}) => {
    const [{ last }] = await t.dataSource.query(`SELECT COALESCE(max(id), 0)::bigint AS last FROM consultation`);
    sql.count = 0;
    const res = await t.gql<Chart>(CHART, { p: p.panelId, ...vars }, { session });
    const statements = sql.count;
    expect(res.errors).toBeUndefined();
    const rows: { entity: string; channel: string; to: string }[] = await t.dataSource.query(
      `SELECT entity_type || ':' || entity_id AS entity, channel, disclosed_to_agency_id AS to FROM consultation_subject
        WHERE id > $1 AND actor_user_id = $2 AND action = 'CONSULT' ORDER BY 1`,
      [last, userId],
    );
    return { nodes: res.data?.linkChart.nodes ?? [], rows, statements };
  };

  it('logs, for a partner whose agreement covers personal data, exactly the names and home addresses on the chart', async () => {
    const { nodes, rows } = await chart(covered, p.users.PARTNER_MEMBER.userId);
    expect(nodes.find((n) => n.recordId === ids.annHome)?.label).toBe('3 Annerley Road');
    expect(nodes.find((n) => n.recordId === ids.ben)?.label).toBe('Alex BENTHAM');
    const shown = nodes.filter((n) => n.kind === 'NOMINAL' || (n.kind === 'PLACE' && n.recordId !== ids.yard));
    expect(shown.map((n) => n.recordId).sort()).toEqual([ids.ann, ids.ben, ids.annHome].sort());
    const hmrc = p.agencies.HMRC;
    expect(rows).toEqual(
      [`Nominal:${ids.ann}`, `Nominal:${ids.ben}`, `Place:${ids.annHome}`].sort().map((entity) => ({ entity, channel: 'GRAPHQL', to: hmrc })),
    );
  });

  it('logs only what a smaller chart shows', async () => {
    // One hop from group B: Bentham and the yard, not Annerley or his home.
    const { nodes, rows } = await chart(covered, p.users.PARTNER_MEMBER.userId, { o: ids.b, d: 1 });
    expect(nodes.map((n) => n.recordId).sort()).toEqual([ids.b, ids.ben, ids.yard].sort());
    expect(rows.map((r) => r.entity)).toEqual([`Nominal:${ids.ben}`]);
  });

  it('shows a partner without cover no name or home address, and logs nothing', async () => {
    const { nodes, rows } = await chart(uncovered.session, uncovered.userId);
    expect(JSON.stringify(nodes)).not.toMatch(/Annerley Road|ANNERLEY|BENTHAM/);
    expect(nodes.find((n) => n.recordId === ids.annHome)?.label).toBe('Home address in Eastfield');
    expect(rows).toEqual([]);
  });

  it('logs in one statement however many nominals and home addresses are shown', async () => {
    const q = await createPanel(t.dataSource);
    const session = await t.signIn(q.users.PARTNER_MEMBER.email, TEST_PASSWORD);
    const grow = async (n: number) => {
      for (let i = 0; i < n; i += 1) {
        const g = await addGroup(t.dataSource, q.panelId);
        const person = await addNominal(t.dataSource, q.panelId, `Person${i}`, [[g, 'PRINCIPAL']]);
        await addPlace(t.dataSource, q.panelId, { label: `${i} Long Lane`, kind: 'HOME', nominalId: person });
      }
    };
    const run = async () => {
      const [{ last }] = await t.dataSource.query(`SELECT COALESCE(max(id), 0)::bigint AS last FROM consultation`);
      sql.count = 0;
      const res = await t.gql<Chart>(CHART, { p: q.panelId }, { session });
      expect(res.errors).toBeUndefined();
      const [{ n }] = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM consultation_subject WHERE id > $1 AND panel_id = $2 AND action = 'CONSULT'`,
        [last, q.panelId],
      );
      return { statements: sql.count, consulted: n };
    };
    await grow(3);
    const small = await run();
    await grow(27);
    const large = await run();
    expect(small.consulted).toBe(6);
    expect(large.consulted).toBe(60);
    expect(large.statements).toBe(small.statements);
  });
});
