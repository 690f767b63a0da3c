import { addGroup, addPlace } from '../link-chart/records.js';
import { createPanel, TEST_PASSWORD, type PanelFixture } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const SEARCH = `query($p: ID!, $t: String!, $l: Int!) { search(panelId: $p, text: $t, limit: $l, kinds: [OCG, PLACE]) { hits { kind id title } } }`;

describe('search and the consultation log', () => {
  let t: TestApp;
  let p: PanelFixture;
  let police: string;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    t = await startTestApp();
    p = await createPanel(t.dataSource);
    // The group's name matches exactly, so it outranks the home address when only one hit is asked for.
    ids.group = await addGroup(t.dataSource, p.panelId, { name: 'Heron Wharf' });
    ids.home = await addPlace(t.dataSource, p.panelId, { label: '12 Heron Wharf', kind: 'HOME', area: 'Harbour' });
    police = await t.signIn(p.users.POLICE_MEMBER.email, TEST_PASSWORD);
  });
  afterAll(() => t.close());

  const consulted = async (limit: number) => {
    const [{ last }] = await t.dataSource.query(`SELECT COALESCE(max(id), 0)::bigint AS last FROM consultation`);
    const res = await t.gql<{ search: { hits: { kind: string; id: string; title: string }[] } }>(
      SEARCH,
      { p: p.panelId, t: 'heron wharf', l: limit },
      { session: police },
    );
    expect(res.errors).toBeUndefined();
    const rows: { entity_type: string; entity_id: string; channel: string }[] = await t.dataSource.query(
      `SELECT entity_type, entity_id, channel FROM consultation_subject WHERE id > $1 AND action = 'CONSULT' AND actor_user_id = $2`,
      [last, p.users.POLICE_MEMBER.userId],
    );
    return { hits: res.data?.search.hits ?? [], rows };
  };

  it('logs a home address only when it is among the hits returned', async () => {
    const one = await consulted(1);
    expect(one.hits.map((h) => h.id)).toEqual([ids.group]);
    expect(one.rows).toEqual([]);

    const two = await consulted(2);
    expect(two.hits.map((h) => h.id)).toEqual([ids.group, ids.home]);
    expect(two.hits[1].title).toBe('12 Heron Wharf');
    expect(two.rows).toEqual([{ entity_type: 'Place', entity_id: ids.home, channel: 'GRAPHQL' }]);
  });
});
