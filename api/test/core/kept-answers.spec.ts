import { createPanel, TEST_PASSWORD, type PanelFixture } from '../support/fixtures.js';
import { SqlCounter } from '../support/sql-counter.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** The group list as the bench and a chair's screen ask for it: every field a kept answer may hold. */
const LIST = `query GroupList($panelId: ID!) { ocgs(panelId: $panelId, filter: { statuses: [ACTIVE] }, sort: SCORE, limit: 20, offset: 0) {
  totalCount nodes { id reference name status tier scoreTotal crimeTypes areas summary gscMarking lroName sroName openTaskCount overdueTaskCount
    nextReviewOn updatedAt version
    nominals { role nominal { id displayName surname dateOfBirth personalDataWithheld } }
    vehicles { id registration colour } } } }`;
/** The same with a field read from a table whose changes do not move the revision: worked out every time. */
const WITH_PLACES = `query($panelId: ID!) { ocgs(panelId: $panelId, limit: 50) { nodes { reference places { label } } } }`;

interface List {
  ocgs: {
    totalCount: number;
    nodes: {
      id: string;
      reference: string;
      lroName: string | null;
      openTaskCount: number;
      nominals: { role: string; nominal: { displayName: string; personalDataWithheld: boolean } }[];
      vehicles: { registration: string }[];
    }[];
  };
}

/** `count` active groups, each with a nominal, a vehicle and an open task for HMRC and one for the police, in SQL. */
async function seed(t: TestApp, p: PanelFixture, count: number): Promise<{ ocgIds: string[]; nominalIds: string[] }> {
  const ocgs: { id: string }[] = await t.dataSource.query(
    `INSERT INTO ocg (panel_id, reference, name, status, lro_user_id, score_total, tier)
     SELECT $1, 'OCG-' || lpad(g::text, 4, '0'), 'Group ' || g, 'ACTIVE', $2, 100 - g, 'Tier 2' FROM generate_series(1, $3::int) g RETURNING id`,
    [p.panelId, p.users.POLICE_MEMBER.userId, count],
  );
  const nominalIds: string[] = [];
  for (const [i, { id }] of ocgs.entries()) {
    const [n] = await t.dataSource.query(
      `INSERT INTO nominal (panel_id, reference, surname, forenames, name_search) VALUES ($1, $2, 'Doe', 'Jo', 'jo doe') RETURNING id`,
      [p.panelId, `N-${i}`],
    );
    const [v] = await t.dataSource.query(`INSERT INTO vehicle (panel_id, registration, vrm, vrm_folded) VALUES ($1, $2, $2, $2) RETURNING id`, [
      p.panelId,
      `AB${i}CDE`,
    ]);
    await t.dataSource.query(`INSERT INTO ocg_nominal (ocg_id, nominal_id, role) VALUES ($1, $2, 'PRINCIPAL')`, [id, n.id]);
    await t.dataSource.query(`INSERT INTO ocg_vehicle (ocg_id, vehicle_id) VALUES ($1, $2)`, [id, v.id]);
    await t.dataSource.query(
      `INSERT INTO task (panel_id, reference, title, agency_id, ocg_id, status) VALUES ($1, $2, 'Check', $3, $4, 'OPEN'), ($1, $5, 'Check', $6, $4, 'OPEN')`,
      [p.panelId, `T-${i}-A`, p.agencies.HMRC, id, `T-${i}-B`, p.agencies['Police SOC unit']],
    );
    nominalIds.push(n.id);
  }
  return { ocgIds: ocgs.map((o) => o.id), nominalIds };
}

describe('whole answers kept while their panel stands', () => {
  const sql = new SqlCounter();
  let t: TestApp;
  let p: PanelFixture;
  let seeded: { ocgIds: string[]; nominalIds: string[] };
  const sessions: Record<string, string> = {};
  beforeAll(async () => {
    t = await startTestApp({}, sql);
    p = await createPanel(t.dataSource);
    seeded = await seed(t, p, 3);
    for (const role of ['CHAIR', 'PARTNER_MEMBER', 'OBSERVER'] as const) sessions[role] = await t.signIn(p.users[role].email, TEST_PASSWORD);
  });
  afterAll(() => t.close());

  const read = async <T = List>(query: string, session: string) => {
    sql.count = 0;
    sql.keep = true;
    sql.statements = [];
    sql.texts = [];
    const res = await t.gql<T>(query, { panelId: p.panelId }, { session });
    expect(res.errors).toBeUndefined();
    return { data: res.data!, statements: sql.count, texts: sql.texts };
  };
  const consultations = async (userId: string): Promise<string[][]> =>
    (await t.dataSource.query(`SELECT subjects FROM consultation WHERE panel_id = $1 AND actor_user_id = $2 ORDER BY id`, [p.panelId, userId])).map(
      (r: { subjects: string[] }) => [...r.subjects].sort(),
    );

  it('answers a repeated read with the session, the revision and its s.62 row, and logs the same records each time', async () => {
    const before = (await consultations(p.users.CHAIR.userId)).length;
    const cold = await read(LIST, sessions.CHAIR);
    const warm = await read(LIST, sessions.CHAIR);
    expect(warm.data).toEqual(cold.data);
    expect(cold.data.ocgs.nodes).toHaveLength(3);
    expect(cold.statements).toBeGreaterThan(5);
    // The session, the revision, the consultation row.
    expect(warm.statements).toBe(3);
    const rows = (await consultations(p.users.CHAIR.userId)).slice(before);
    const expected = seeded.nominalIds.map((id) => `Nominal:${id}`).sort();
    expect(rows).toEqual([expected, expected]);
  });

  it('shows at the next read a change to any record the answer holds, however it was made', async () => {
    await read(LIST, sessions.CHAIR);
    const [first] = seeded.ocgIds;
    const nodeOf = async () => (await read(LIST, sessions.CHAIR)).data.ocgs.nodes.find((n) => n.id === first)!;

    await t.dataSource.query(`UPDATE nominal SET surname = 'Renamed' WHERE id = $1`, [seeded.nominalIds[0]]);
    expect((await nodeOf()).nominals[0].nominal.displayName).toBe('Jo RENAMED');

    const [v] = await t.dataSource.query(
      `INSERT INTO vehicle (panel_id, registration, vrm, vrm_folded) VALUES ($1, 'NEW1', 'NEW1', 'NEW1') RETURNING id`,
      [p.panelId],
    );
    await t.dataSource.query(`INSERT INTO ocg_vehicle (ocg_id, vehicle_id) VALUES ($1, $2)`, [first, v.id]);
    expect((await nodeOf()).vehicles.map((x) => x.registration).sort()).toEqual(['AB0CDE', 'NEW1']);

    await t.dataSource.query(`UPDATE task SET status = 'COMPLETED' WHERE reference = 'T-0-A' AND panel_id = $1`, [p.panelId]);
    expect((await nodeOf()).openTaskCount).toBe(1);

    await t.dataSource.query(`UPDATE app_user SET name = 'Renamed Officer' WHERE id = $1`, [p.users.POLICE_MEMBER.userId]);
    expect((await nodeOf()).lroName).toBe('Renamed Officer');
  });

  it('keeps one answer per set of rights: each viewer sees only what they may, and only what they see is logged', async () => {
    const chair = await read(LIST, sessions.CHAIR);
    const partner = await read(LIST, sessions.PARTNER_MEMBER);
    const observerBefore = (await consultations(p.users.OBSERVER.userId)).length;
    const observer = await read(LIST, sessions.OBSERVER);
    const observerAgain = await read(LIST, sessions.OBSERVER);
    expect(observerAgain.statements).toBeLessThan(observer.statements);
    const total = (d: List) => d.ocgs.nodes.reduce((n, o) => n + o.openTaskCount, 0);
    // The partner counts only their agency's tasks; the observer's agency has no agreement covering personal data.
    expect(total(partner.data)).toBeLessThan(total(chair.data));
    expect(partner.data.ocgs.nodes[0].nominals[0].nominal.personalDataWithheld).toBe(false);
    for (const d of [observer.data, observerAgain.data]) {
      expect(d.ocgs.nodes.every((o) => o.nominals.every((m) => m.nominal.personalDataWithheld && !m.nominal.displayName.includes('Jo')))).toBe(true);
    }
    expect((await consultations(p.users.OBSERVER.userId)).length).toBe(observerBefore);
  });

  it('works out an answer once for reads that ask for it at the same moment', async () => {
    await t.dataSource.query(`UPDATE ocg SET name = name WHERE id = $1`, [seeded.ocgIds[0]]);
    sql.keep = true;
    sql.texts = [];
    const answers = await Promise.all(Array.from({ length: 5 }, () => t.gql<List>(LIST, { panelId: p.panelId }, { session: sessions.CHAIR })));
    expect(answers.map((a) => a.errors)).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(new Set(answers.map((a) => JSON.stringify(a.data))).size).toBe(1);
    expect(sql.texts.filter((s) => /FROM "?ocg"? o\b/.test(s) && s.includes('LIMIT'))).toHaveLength(1);
  });

  it('keeps nothing that reads a table whose changes do not move the revision', async () => {
    const first = await read(WITH_PLACES, sessions.CHAIR);
    const second = await read(WITH_PLACES, sessions.CHAIR);
    expect(second.statements).toBe(first.statements);
    expect(second.texts.some((s) => s.includes('panel_revision'))).toBe(false);
  });

  it('holds only fields whose every table moves the revision', async () => {
    // Worked out afresh (a change first), so every statement behind the fields is sent.
    await t.dataSource.query(`UPDATE ocg SET name = name WHERE id = $1`, [seeded.ocgIds[0]]);
    const { texts } = await read(LIST, sessions.PARTNER_MEMBER);
    // The observer's answer is masked with the panel's known names, addresses and vehicles: what those are read
    // from must move the revision too, or a new home address would stay unmasked in a kept answer.
    const masked = await read(LIST, sessions.OBSERVER);
    const tables = new Set<string>();
    for (const text of [...texts, ...masked.texts])
      for (const m of text.matchAll(/\b(?:FROM|JOIN)\s+"?([a-z_]+)"?/gi)) tables.add(m[1].toLowerCase());
    const real: { relname: string; revised: boolean }[] = await t.dataSource.query(
      `SELECT c.relname, EXISTS (SELECT FROM pg_trigger g WHERE g.tgrelid = c.oid AND g.tgname LIKE '%_panel_revision') AS revised
         FROM pg_class c WHERE c.relkind IN ('r', 'p') AND c.relnamespace = current_schema()::regnamespace AND c.relname = ANY($1)`,
      [[...tables]],
    );
    // The session's read and the consultation log are not part of the answer.
    const answerTables = real.filter((r) => !['consultation', 'panel_revision'].includes(r.relname));
    expect(answerTables.map((r) => r.relname)).toEqual(
      expect.arrayContaining([
        'ocg',
        'nominal',
        'ocg_nominal',
        'vehicle',
        'ocg_vehicle',
        'task',
        'app_user',
        'place',
        'nominal_place',
        'nominal_vehicle',
      ]),
    );
    expect(answerTables.filter((r) => !r.revised).map((r) => r.relname)).toEqual([]);
  });
});
