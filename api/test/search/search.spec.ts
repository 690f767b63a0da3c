import { randomUUID } from 'node:crypto';
import { createPanel, TEST_PASSWORD, type PanelFixture } from '../support/fixtures.js';
import { SqlCounter } from '../support/sql-counter.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { addNominal, addOcg, addPlace, addVehicle } from './seed.js';

const SEARCH = `query($panelId: ID!, $text: String!, $kinds: [RecordKind!], $limit: Int) {
  search(panelId: $panelId, text: $text, kinds: $kinds, limit: $limit) {
    namesSearched
    hits { kind id title subtitle score
      ocg { reference } vehicle { registration } place { label personalDataWithheld }
      nominal { reference displayName surname aliases personalDataWithheld } }
  }
}`;

interface Hit {
  kind: string;
  id: string;
  title: string;
  subtitle: string | null;
  score: number;
  nominal: { reference: string; displayName: string; surname: string | null; aliases: string[] | null; personalDataWithheld: boolean } | null;
}
type Result = { search: { namesSearched: boolean; hits: Hit[] } };

describe('search', () => {
  const sql = new SqlCounter();
  let t: TestApp;
  let p: PanelFixture;
  let other: PanelFixture;
  let police: string;
  let partner: string;
  let observer: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp({}, sql);
    p = await createPanel(t.dataSource);
    other = await createPanel(t.dataSource);
    const ds = t.dataSource;
    ids.smith = await addNominal(ds, p.panelId, 'N-0001', 'John', 'Smith', [], '1990-04-01');
    ids.jones = await addNominal(ds, p.panelId, 'N-0002', 'Peter', 'Jones', ['Smudge']);
    ids.jose = await addNominal(ds, p.panelId, 'N-0003', 'José', 'Álvarez');
    ids.plainJose = await addNominal(ds, p.panelId, 'N-0004', 'Jose', 'Marquez');
    ids.ocg = await addOcg(ds, p.panelId, 'OCG-0007', 'Eastside Smith Crew');
    ids.vehicle = await addVehicle(ds, p.panelId, 'AB12 CDE');
    ids.place = await addPlace(ds, p.panelId, '14 Harbour Street, Sunderland', 'BUSINESS', 'Sunderland');
    ids.home = await addPlace(ds, p.panelId, '3 Quarry Lane, Eastfield', 'HOME', 'Eastfield');
    ids.foreign = await addNominal(ds, other.panelId, 'N-0001', 'John', 'Smith');
    police = await t.signIn(p.users.POLICE_MEMBER.email, TEST_PASSWORD);
    partner = await t.signIn(p.users.PARTNER_MEMBER.email, TEST_PASSWORD);
    observer = await t.signIn(p.users.OBSERVER.email, TEST_PASSWORD);
  });
  afterAll(() => t.close());

  const search = async (session: string, text: string, extra: Record<string, unknown> = {}, panelId = p.panelId) => {
    const res = await t.gql<Result>(SEARCH, { panelId, text, ...extra }, { session });
    expect(res.errors).toBeUndefined();
    return res.data!.search;
  };
  const hitIds = (r: Result['search'], kind?: string) => r.hits.filter((h) => !kind || h.kind === kind).map((h) => h.id);

  it('rejects the unauthenticated', async () => {
    const res = await t.gql(SEARCH, { panelId: p.panelId, text: 'smith' });
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it("hides other panels' records exactly like missing ones", async () => {
    const foreign = await t.gql(SEARCH, { panelId: other.panelId, text: 'smith' }, { session: police });
    const missing = await t.gql(SEARCH, { panelId: randomUUID(), text: 'smith' }, { session: police });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(foreign.errors?.[0]?.message).toBe(missing.errors?.[0]?.message);
    const own = await search(police, 'John Smith');
    expect(hitIds(own)).not.toContain(ids.foreign);
  });

  it('finds "John Smith" from "Jon Smyth" by sound, and while the surname is still being typed', async () => {
    const r = await search(police, 'Jon Smyth', { kinds: ['NOMINAL'] });
    expect(r.namesSearched).toBe(true);
    expect(r.hits[0]).toMatchObject({ kind: 'NOMINAL', id: ids.smith, title: 'John SMITH' });
    expect(r.hits[0].nominal).toMatchObject({ surname: 'Smith', personalDataWithheld: false });
    expect(hitIds(await search(police, 'Jon Sm', { kinds: ['NOMINAL'] }))).toContain(ids.smith);
  });

  it('finds a nominal by an alias', async () => {
    const r = await search(police, 'smudge');
    expect(r.hits[0]).toMatchObject({ id: ids.jones, subtitle: 'N-0002 · also known as Smudge' });
  });

  it('finds "José" from "Jose" and "Jose" from "José"', async () => {
    expect(hitIds(await search(police, 'Jose', { kinds: ['NOMINAL'] }))).toEqual(expect.arrayContaining([ids.jose, ids.plainJose]));
    expect(hitIds(await search(police, 'José', { kinds: ['NOMINAL'] }))).toEqual(expect.arrayContaining([ids.jose, ids.plainJose]));
    expect(hitIds(await search(police, 'alvarez', { kinds: ['NOMINAL'] }))[0]).toBe(ids.jose);
  });

  it('finds a registration however it is written or misread, and by its beginning', async () => {
    for (const text of ['ab12cde', 'AB12 C0E', 'AB-12 CDE', 'A812CDE']) {
      const r = await search(police, text, { kinds: ['VEHICLE'] });
      expect(r.hits.map((h) => [h.id, h.title])).toEqual([[ids.vehicle, 'AB12 CDE']]);
    }
    // M read for N (and N for M), as cameras and witnesses do.
    const mn = await addVehicle(t.dataSource, p.panelId, 'MN19 XKD');
    expect((await search(police, 'nm19 xkd', { kinds: ['VEHICLE'] })).hits.map((h) => [h.id, h.title])).toEqual([[mn, 'MN19 XKD']]);
    const exact = await search(police, 'AB12CDE', { kinds: ['VEHICLE'] });
    expect(exact.hits[0].score).toBe(1);
    const prefix = await search(police, 'ab12', { kinds: ['VEHICLE'] });
    expect(prefix.hits[0].id).toBe(ids.vehicle);
    expect(prefix.hits[0].score).toBeGreaterThanOrEqual(0.8);
  });

  it('finds places by words of the label, and tolerates a typo', async () => {
    expect(hitIds(await search(police, 'harbour st', { kinds: ['PLACE'] }))).toEqual([ids.place]);
    expect(hitIds(await search(police, 'Harbor Street', { kinds: ['PLACE'] }))).toEqual([ids.place]);
  });

  it('never finds a home address for a viewer without personal-data cover, and logs the one shown to a viewer with it', async () => {
    expect(hitIds(await search(observer, 'quarry lane', { kinds: ['PLACE'] }))).toEqual([]);
    expect(hitIds(await search(observer, '3 Quarry Lane, Eastfield'))).toEqual([]);
    const found = await search(partner, 'quarry lane', { kinds: ['PLACE'] });
    expect(found.hits.map((h) => [h.id, h.title])).toEqual([[ids.home, '3 Quarry Lane, Eastfield']]);
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM consultation_subject WHERE entity_type = 'Place' AND entity_id = $1 AND action = 'CONSULT' AND actor_user_id = $2`,
      [ids.home, p.users.PARTNER_MEMBER.userId],
    );
    expect(n).toBe(1);
  });

  it('ranks an exact reference first, then prefixes, then likenesses', async () => {
    const r = await search(police, 'OCG-0007');
    expect(r.hits[0]).toMatchObject({ kind: 'OCG', id: ids.ocg, score: 1, subtitle: 'OCG-0007 · Active' });
    const short = await search(police, 'ocg 7');
    expect(short.hits[0].id).toBe(ids.ocg);
    const smith = await search(police, 'smith');
    expect(smith.hits[0].id).toBe(ids.smith);
    const scores = smith.hits.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(hitIds(smith)).toContain(ids.ocg);
  });

  it('logs a consultation for each nominal whose name a search showed', async () => {
    await search(police, 'Jon Smyth', { kinds: ['NOMINAL'] });
    const rows = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM consultation_subject WHERE entity_id = $1 AND action = 'CONSULT' AND actor_user_id = $2`,
      [ids.smith, p.users.POLICE_MEMBER.userId],
    );
    expect(rows[0].n).toBeGreaterThan(0);
  });

  it('never finds a nominal by name for a viewer without personal-data cover, only by reference, withheld', async () => {
    const obs = await search(observer, 'John Smith');
    expect(obs.namesSearched).toBe(false);
    expect(hitIds(obs, 'NOMINAL')).toEqual([]);
    expect(hitIds(await search(observer, 'smudge'), 'NOMINAL')).toEqual([]);
    const byRef = await search(observer, 'N-0001');
    expect(byRef.hits[0]).toMatchObject({ id: ids.smith, title: 'N-0001 (details withheld)', subtitle: 'N-0001 · personal details withheld' });
    expect(byRef.hits[0].nominal).toMatchObject({ surname: null, aliases: null, personalDataWithheld: true });
    expect(JSON.stringify(byRef)).not.toMatch(/smith/i);
    // A partner whose agency's agreement covers personal data searches names.
    expect(hitIds(await search(partner, 'John Smith'))).toContain(ids.smith);
  });

  it('finds a group or place for a viewer without cover only by what that viewer reads, never by a known name in it', async () => {
    const q = await createPanel(t.dataSource);
    const ds = t.dataSource;
    const dean = await addNominal(ds, q.panelId, 'N-0001', 'Dean', 'Crossley');
    const family = await addOcg(ds, q.panelId, 'OCG-0001', 'The Crossley Family');
    const yard = await addPlace(ds, q.panelId, '4 Mill Lane, Eastfield');
    await ds.query(`INSERT INTO nominal_place (nominal_id, place_id) VALUES ($1, $2)`, [dean, yard]);
    const [uncovered, chair] = await Promise.all([t.signIn(q.users.OBSERVER.email, TEST_PASSWORD), t.signIn(q.users.CHAIR.email, TEST_PASSWORD)]);
    const inQ = (session: string, text: string) => search(session, text, {}, q.panelId);
    // The name, misspelt or whole, finds nothing: a hit would confirm that the panel knows a Crossley.
    for (const text of ['Crossley', 'crossley', 'crosley', 'Mill Lane', '4 Mill Lane, Eastfield']) {
      expect([text, hitIds(await inQ(uncovered, text))]).toEqual([text, []]);
    }
    // With a word the viewer reads as well, it finds what a name unknown to the panel would find.
    expect(hitIds(await inQ(uncovered, 'Crossley Family'))).toEqual(hitIds(await inQ(uncovered, 'Hartley Family')));
    // However the apostrophe is written.
    await addNominal(ds, q.panelId, 'N-0002', 'Liam', "O'Neil");
    const crew = await addOcg(ds, q.panelId, 'OCG-0002', 'The O’Neil Crew');
    expect(hitIds(await inQ(uncovered, "O'Neil"))).toEqual([]);
    expect(hitIds(await inQ(uncovered, 'crew'))).toEqual([crew]);
    // What the viewer reads still finds it, titled as they read it.
    const byWord = await inQ(uncovered, 'family');
    expect(byWord.hits.map((h) => [h.id, h.title])).toEqual([[family, 'The [name withheld] Family']]);
    expect((await inQ(uncovered, 'OCG-0001')).hits.map((h) => h.id)).toEqual([family]);
    // With cover, the names find both, as written.
    expect(hitIds(await inQ(chair, 'Crossley'))).toEqual(expect.arrayContaining([family, dean]));
    expect(hitIds(await inQ(chair, 'Mill Lane'))).toEqual([yard]);
    // One statement more, and only for a viewer whose hits were masked.
    sql.count = 0;
    await inQ(chair, 'family');
    const covered = sql.count;
    sql.count = 0;
    await inQ(uncovered, 'family');
    expect(sql.count).toBeLessThanOrEqual(covered + 2);
  });

  it('filters the group, task and emerging threat lists, for a viewer without cover, only on what that viewer reads', async () => {
    const q = await createPanel(t.dataSource);
    const ds = t.dataSource;
    await addNominal(ds, q.panelId, 'N-0001', 'Dean', 'Crossley');
    await addOcg(ds, q.panelId, 'OCG-0001', 'The Crossley Family');
    await ds.query(
      `INSERT INTO task (panel_id, reference, title, agency_id, due_on) VALUES ($1, 'A-0001', 'Visit the Crossley yard', $2, current_date + 7)`,
      [q.panelId, q.agencies.HMRC],
    );
    await ds.query(
      `INSERT INTO emerging_threat (panel_id, title, description, status) VALUES ($1, 'Crossley brothers selling vapes', '', 'RAISED')`,
      [q.panelId],
    );
    await ds.query(`UPDATE agency SET isa_signed_on = '2023-01-01', isa_expires_on = '2024-01-01' WHERE id = $1`, [q.agencies.HMRC]);
    const [uncovered, chair] = await Promise.all([
      t.signIn(q.users.PARTNER_MEMBER.email, TEST_PASSWORD),
      t.signIn(q.users.CHAIR.email, TEST_PASSWORD),
    ]);
    const LISTS = `query($panelId: ID!, $search: String!) {
      ocgs(panelId: $panelId, filter: { search: $search }) { totalCount }
      tasks(panelId: $panelId, filter: { search: $search }) { totalCount }
      emergingThreats(panelId: $panelId, search: $search) { totalCount }
    }`;
    const counts = async (session: string, search: string) => {
      const res = await t.gql<Record<string, { totalCount: number }>>(LISTS, { panelId: q.panelId, search }, { session });
      expect(res.errors).toBeUndefined();
      return Object.values(res.data!).map((page) => page.totalCount);
    };
    expect(await counts(chair, 'Crossley')).toEqual([1, 1, 1]);
    expect(await counts(uncovered, 'Crossley')).toEqual([0, 0, 0]);
    expect(await counts(uncovered, 'crossl')).toEqual([0, 0, 0]);
    expect(await counts(uncovered, 'family')).toEqual([1, 0, 0]);
    expect(await counts(uncovered, 'yard')).toEqual([0, 1, 0]);
    expect(await counts(uncovered, 'vapes')).toEqual([0, 0, 1]);
  });

  it('finds no nominal by name for a partner whose agency’s agreement has expired', async () => {
    const q = await createPanel(t.dataSource);
    const n = await addNominal(t.dataSource, q.panelId, 'N-0001', 'John', 'Smith', ['Smithy']);
    await t.dataSource.query(`UPDATE agency SET isa_signed_on = '2023-01-01', isa_expires_on = '2024-01-01' WHERE id = $1`, [q.agencies.HMRC]);
    const expired = await t.signIn(q.users.PARTNER_MEMBER.email, TEST_PASSWORD);
    for (const text of ['John Smith', 'Jon Smyth', 'smithy', 'smith']) {
      const r = await search(expired, text, {}, q.panelId);
      expect(r.namesSearched).toBe(false);
      expect(hitIds(r, 'NOMINAL')).toEqual([]);
    }
    const byRef = await search(expired, 'n-1', {}, q.panelId);
    expect(byRef.hits.map((h) => [h.id, h.nominal?.personalDataWithheld])).toEqual([[n, true]]);
  });

  it('costs the same number of statements for 5 and for 50 matching nominals', async () => {
    const q = await createPanel(t.dataSource);
    const chair = await t.signIn(q.users.CHAIR.email, TEST_PASSWORD);
    const addSome = async (from: number, to: number) => {
      for (let i = from; i < to; i++) await addNominal(t.dataSource, q.panelId, `N-${String(i + 1).padStart(4, '0')}`, `Person${i}`, 'Smith');
    };
    const count = async () => {
      sql.count = 0;
      const r = await search(chair, 'smith', { limit: 25 }, q.panelId);
      return { statements: sql.count, hits: r.hits.length };
    };
    await addSome(0, 5);
    const small = await count();
    await addSome(5, 50);
    const large = await count();
    expect(small.hits).toBe(5);
    expect(large.hits).toBe(25);
    expect(large.statements).toBe(small.statements);
  });

  it('bounds the text and the number of hits, naming the field', async () => {
    const short = await t.gql(SEARCH, { panelId: p.panelId, text: ' a ' }, { session: police });
    expect(short.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'text' });
    const long = await t.gql(SEARCH, { panelId: p.panelId, text: 'x'.repeat(101) }, { session: police });
    expect(long.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'text' });
    const many = await t.gql(SEARCH, { panelId: p.panelId, text: 'smith', limit: 26 }, { session: police });
    expect(many.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'limit' });
  });
});
