import { LIMITS } from '@sentinel/shared';
import { createPanel, TEST_PASSWORD, type PanelFixture } from '../support/fixtures.js';
import { SqlCounter } from '../support/sql-counter.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { addMember, addOcgs } from '../disruptions/records-fixtures.js';

const FIELDS = `id reference status version summary onBehalfOf crimeReferences vehicles places declineReason decidedAt ocgReference
  offendersWithheld withheldReason offenders { name dateOfBirth description } fromAgency { name } ocg { id reference name status }`;
const CREATE = `mutation($i: CreateReferralInput!) { createReferral(input: $i) { ${FIELDS} } }`;
const START = `mutation($i: ReferralVersionInput!) { startReferralAssessment(input: $i) { ${FIELDS} } }`;
const ACCEPT = `mutation($i: AcceptReferralInput!) { acceptReferral(input: $i) { ${FIELDS} } }`;
const DECLINE = `mutation($i: DeclineReferralInput!) { declineReferral(input: $i) { ${FIELDS} } }`;
const GET = `query($id: ID!) { referral(id: $id) { ${FIELDS} } }`;
const LIST = `query($p: ID!, $s: ReferralStatus) { referrals(panelId: $p, status: $s) { totalCount nodes { id reference } } }`;
const SEARCH = `query($p: ID!, $s: String) { referrals(panelId: $p, search: $s, limit: 100) { totalCount nodes { id reference fromAgency { name } ocg { reference } } } }`;
const MISSING = '00000000-0000-4000-8000-000000000000';

type Referral = {
  id: string;
  reference: string;
  status: string;
  version: number;
  offendersWithheld: boolean;
  offenders: { name: string | null }[];
  ocg: { id: string; reference: string; name: string; status: string } | null;
} & Record<string, unknown>;

describe('referrals', () => {
  const sql = new SqlCounter();
  let t: TestApp;
  let p: PanelFixture;
  let other: PanelFixture;
  let chair: string;
  let hmrc: string;
  let tradingStandards: string;
  let observer: string;
  beforeAll(async () => {
    t = await startTestApp({}, sql);
    p = await createPanel(t.dataSource);
    other = await createPanel(t.dataSource);
    chair = await t.signIn(p.users.CHAIR.email, TEST_PASSWORD);
    hmrc = await t.signIn(p.users.PARTNER_MEMBER.email, TEST_PASSWORD);
    observer = await t.signIn(p.users.OBSERVER.email, TEST_PASSWORD);
    tradingStandards = await t.signIn(await addMember(t.dataSource, p.panelId, p.agencies['Trading Standards'], 'PARTNER_MEMBER'), TEST_PASSWORD);
  });
  afterAll(() => t.close());

  const input = (over: Record<string, unknown> = {}) => ({
    panelId: p.panelId,
    onBehalfOf: 'Northmoor Retail Park',
    summary: 'A team of four steals to order from the retail park every weekend.',
    crimeReferences: ['NM/12345/26'],
    offenders: [{ name: 'Kim Taylor', dateOfBirth: '1990-05-01', description: 'Tall, red jacket' }],
    vehicles: ['ab12 cde'],
    places: ['Northmoor Retail Park'],
    ...over,
  });
  const refer = async (session: string, over: Record<string, unknown> = {}) => {
    const res = await t.gql<{ createReferral: Referral }>(CREATE, { i: input(over) }, { session });
    expect(res.errors).toBeUndefined();
    return res.data!.createReferral;
  };
  const started = async (r: Referral) =>
    (await t.gql<{ startReferralAssessment: Referral }>(START, { i: { id: r.id, version: r.version } }, { session: chair })).data!
      .startReferralAssessment;

  it('rejects the unauthenticated', async () => {
    expect((await t.gql(LIST, { p: p.panelId })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.gql(CREATE, { i: input() })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it("hides other panels' records exactly like missing ones", async () => {
    const otherPartner = await t.signIn(other.users.PARTNER_MEMBER.email, TEST_PASSWORD);
    const foreign = await refer(otherPartner, { panelId: other.panelId });
    const seen = await t.gql(GET, { id: foreign.id }, { session: chair });
    const missing = await t.gql(GET, { id: MISSING }, { session: chair });
    expect(seen.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(seen.errors?.[0]?.message).toBe(missing.errors?.[0]?.message);
    expect((await t.gql(START, { i: { id: foreign.id, version: 1 } }, { session: chair })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await t.gql(LIST, { p: other.panelId }, { session: chair })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses a referral without a crime reference number, saying why, and writes nothing', async () => {
    const count = async () => (await t.dataSource.query(`SELECT count(*)::int AS n FROM referral WHERE panel_id = $1`, [p.panelId]))[0].n;
    const before = await count();
    for (const crimeReferences of [[], ['  ']]) {
      const res = await t.gql(CREATE, { i: input({ crimeReferences }) }, { session: hmrc });
      expect(res.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'crimeReferences' });
      expect(res.errors?.[0]?.message).toMatch(/needs at least one crime reference number/);
    }
    for (const bad of ['not a ref!!', 'CR 12345']) {
      const res = await t.gql(CREATE, { i: input({ crimeReferences: ['CR/12345/26', bad] }) }, { session: hmrc });
      expect(res.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'crimeReferences' });
      expect(res.errors?.[0]?.message).toBe(
        `“${bad}” is not a crime reference number: use 3 to 30 letters and digits, including a digit, separated only by / or -, for example CR/12345/26 or NM-2026-001234`,
      );
    }
    expect(await count()).toBe(before);
    expect((await t.gql(CREATE, { i: input({ crimeReferences: ['NM-2026-001234'] }) }, { session: hmrc })).errors).toBeUndefined();
    const tooMany = await t.gql(CREATE, { i: input({ vehicles: Array.from({ length: 51 }, (_, i) => `V${i}`) }) }, { session: hmrc });
    expect(tooMany.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'vehicles' });
    expect((await t.gql(CREATE, { i: input() }, { session: observer })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('numbers referrals per panel and audits them without the offenders’ names', async () => {
    const q = await createPanel(t.dataSource);
    const qPartner = await t.signIn(q.users.PARTNER_MEMBER.email, TEST_PASSWORD);
    const first = await refer(qPartner, { panelId: q.panelId });
    const second = await refer(qPartner, { panelId: q.panelId, onBehalfOf: null });
    expect([first.reference, second.reference]).toEqual(['R-0001', 'R-0002']);
    expect(first).toMatchObject({ status: 'RECEIVED', fromAgency: { name: 'HMRC' }, vehicles: ['AB12 CDE'], offendersWithheld: false });
    const [audit] = await t.dataSource.query(`SELECT action, changes FROM audit_event WHERE entity_id = $1`, [first.id]);
    expect(audit.action).toBe('CREATE');
    expect(audit.changes.offenderCount).toEqual([null, 1]);
    expect(JSON.stringify(audit.changes)).not.toContain('Kim Taylor');
  });

  it("shows the referrer's agency its own referral, and hides it from another agency's partner like a missing one", async () => {
    const r = await refer(hmrc);
    const mine = await t.gql<{ referral: Referral }>(GET, { id: r.id }, { session: hmrc });
    expect(mine.data?.referral.offenders).toEqual([{ name: 'Kim Taylor', dateOfBirth: '1990-05-01', description: 'Tall, red jacket' }]);
    const theirs = await t.gql(GET, { id: r.id }, { session: tradingStandards });
    const missing = await t.gql(GET, { id: MISSING }, { session: tradingStandards });
    expect(theirs.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(theirs.errors?.[0]?.message).toBe(missing.errors?.[0]?.message);
    const list = await t.gql<{ referrals: { nodes: { id: string }[] } }>(LIST, { p: p.panelId }, { session: tradingStandards });
    expect(list.data?.referrals.nodes.map((n) => n.id)).not.toContain(r.id);
    const all = await t.gql<{ referrals: { nodes: { id: string }[] } }>(LIST, { p: p.panelId }, { session: chair });
    expect(all.data?.referrals.nodes.map((n) => n.id)).toContain(r.id);
    // The referrer may see its referral but not assess it.
    expect((await t.gql(START, { i: { id: r.id, version: 1 } }, { session: hmrc })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('withholds offenders’ names from an agency without personal-data cover, and logs consultations', async () => {
    const r = await refer(tradingStandards);
    expect(r).toMatchObject({ offendersWithheld: true, offenders: [{ name: null, dateOfBirth: null, description: null }] });
    expect(r.withheldReason).toMatch(/information-sharing agreement/);
    const assessor = await t.gql<{ referral: Referral }>(GET, { id: r.id }, { session: chair });
    expect(assessor.data?.referral.offenders[0].name).toBe('Kim Taylor');
    const consults = await t.dataSource.query(
      `SELECT actor_user_id FROM consultation_subject WHERE entity_type = 'Referral' AND entity_id = $1 AND action = 'CONSULT'`,
      [r.id],
    );
    expect(consults.map((c: { actor_user_id: string }) => c.actor_user_id)).toEqual([p.users.CHAIR.userId]);
  });

  it('accepts a referral into an existing group, and into a new group created in the same step', async () => {
    const [existing] = await addOcgs(t.dataSource, p.panelId, 1, 'Existing');
    const a = await started(await refer(hmrc));
    expect(a.status).toBe('UNDER_ASSESSMENT');
    const linked = await t.gql<{ acceptReferral: Referral }>(ACCEPT, { i: { id: a.id, version: a.version, ocgId: existing } }, { session: chair });
    expect(linked.errors).toBeUndefined();
    expect(linked.data?.acceptReferral).toMatchObject({ status: 'ACCEPTED', ocg: { id: existing } });
    const seenByReferrer = await t.gql<{ referral: Referral }>(GET, { id: a.id }, { session: hmrc });
    expect(seenByReferrer.data?.referral).toMatchObject({ status: 'ACCEPTED', ocgReference: seenByReferrer.data?.referral.ocg?.reference });

    const b = await started(await refer(hmrc));
    const created = await t.gql<{ acceptReferral: Referral }>(
      ACCEPT,
      { i: { id: b.id, version: b.version, newOcgName: 'Operation Magpie' } },
      { session: chair },
    );
    expect(created.errors).toBeUndefined();
    const ocg = created.data!.acceptReferral.ocg!;
    expect(ocg).toMatchObject({ reference: 'OCG-0001', name: 'Operation Magpie', status: 'EMERGING' });
    const audit = await t.dataSource.query(`SELECT entity_type, action FROM audit_event WHERE entity_id = ANY($1) ORDER BY id`, [[b.id, ocg.id]]);
    expect(audit).toEqual([
      { entity_type: 'Referral', action: 'CREATE' },
      { entity_type: 'Referral', action: 'UPDATE' },
      { entity_type: 'Ocg', action: 'CREATE' },
      { entity_type: 'Referral', action: 'UPDATE' },
    ]);

    const again = await t.gql(ACCEPT, { i: { id: b.id, version: created.data!.acceptReferral.version, ocgId: existing } }, { session: chair });
    expect(again.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'status' });
    const c = await started(await refer(hmrc));
    const both = await t.gql(ACCEPT, { i: { id: c.id, version: c.version, ocgId: existing, newOcgName: 'Both' } }, { session: chair });
    expect(both.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'ocgId' });
    const [foreignOcg] = await addOcgs(t.dataSource, other.panelId, 1);
    const foreign = await t.gql(ACCEPT, { i: { id: c.id, version: c.version, ocgId: foreignOcg } }, { session: chair });
    expect(foreign.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'ocgId' });
    const stale = await t.gql(ACCEPT, { i: { id: c.id, version: 1, ocgId: existing } }, { session: chair });
    expect(stale.errors?.[0]?.message).toContain(': Status changed.');
    expect(stale.errors?.[0]?.extensions).toEqual({ code: 'CONFLICT', changedFields: ['status'] });
  });

  it("declines a referral with a reason the referrer's agency can read", async () => {
    const early = await refer(hmrc);
    const tooSoon = await t.gql(DECLINE, { i: { id: early.id, version: early.version, reason: 'No' } }, { session: chair });
    expect(tooSoon.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'status' });
    const r = await started(early);
    const blank = await t.gql(DECLINE, { i: { id: r.id, version: r.version, reason: '  ' } }, { session: chair });
    expect(blank.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'reason' });
    const reason = 'Not organised: a single offender, already managed by the neighbourhood team.';
    const declined = await t.gql<{ declineReferral: Referral }>(DECLINE, { i: { id: r.id, version: r.version, reason } }, { session: chair });
    expect(declined.data?.declineReferral).toMatchObject({ status: 'DECLINED', declineReason: reason, ocg: null });
    const seen = await t.gql<{ referral: Referral }>(GET, { id: r.id }, { session: hmrc });
    expect(seen.data?.referral).toMatchObject({ status: 'DECLINED', declineReason: reason });
    expect(seen.data?.referral.decidedAt).toBeTruthy();
    const filtered = await t.gql<{ referrals: { nodes: { id: string }[] } }>(LIST, { p: p.panelId, s: 'DECLINED' }, { session: hmrc });
    expect(filtered.data?.referrals.nodes.map((n) => n.id)).toEqual([r.id]);
  });
  type Found = { referrals: { totalCount: number; nodes: { id: string }[] } };
  const search = async (session: string, s: string, panelId = p.panelId) => {
    const res = await t.gql<Found>(SEARCH, { p: panelId, s }, { session });
    expect(res.errors).toBeUndefined();
    return res.data!.referrals;
  };
  const found = async (session: string, s: string) => (await search(session, s)).nodes.map((n) => n.id);

  it('finds referrals by every word of the summary typed, in any order, case and accents ignored, and by the reference', async () => {
    const cafe = await refer(hmrc, { summary: 'A cash-only Café on Harbour Street fronting for a county line' });
    const garage = await refer(hmrc, { summary: 'Harbour Street garage selling cloned plates' });
    expect(await found(chair, 'harbour CAFE')).toEqual([cafe.id]);
    expect(await found(chair, 'street HARBOUR')).toEqual([garage.id, cafe.id]);
    expect(await found(chair, 'cafe garage')).toEqual([]);
    expect(await found(hmrc, 'cloned')).toEqual([garage.id]);
    const n = Number(cafe.reference.slice(2));
    for (const ref of [
      cafe.reference,
      cafe.reference.toLowerCase(),
      cafe.reference.replace('-', ''),
      cafe.reference.slice(2),
      `r${n}`,
      `${cafe.reference} harbour`,
    ]) {
      expect(await found(chair, ref)).toEqual([cafe.id]);
    }
  });

  it("searches only what the caller may see: another agency's referral answers a match exactly like no match", async () => {
    const hmrcs = await refer(hmrc, { summary: 'Quarry Lane kitchen staff living on site' });
    const own = await refer(tradingStandards, { summary: 'Quarry Lane nail bar, staff paid in cash' });
    const none = await search(tradingStandards, 'qwxz');
    expect(none).toEqual({ totalCount: 0, nodes: [] });
    expect(await search(tradingStandards, 'kitchen quarry')).toEqual(none);
    expect(await search(tradingStandards, hmrcs.reference)).toEqual(none);
    expect(await found(tradingStandards, 'quarry lane')).toEqual([own.id]);
    expect(await found(hmrc, 'quarry lane')).toEqual([hmrcs.id]);
    expect(await found(chair, 'quarry lane')).toEqual([own.id, hmrcs.id]);
    expect((await t.gql(SEARCH, { p: other.panelId, s: 'quarry' }, { session: chair })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('bounds the search text, naming the field', async () => {
    const long = await t.gql(SEARCH, { p: p.panelId, s: 'x'.repeat(LIMITS.searchLength + 1) }, { session: chair });
    expect(long.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'search' });
  });

  it('answers a search in the same number of statements for 5 and for 50 matches', async () => {
    const measure = async (matches: number) => {
      const q = await createPanel(t.dataSource);
      const [ocg] = await t.dataSource.query(
        `INSERT INTO ocg (panel_id, reference, name, status) VALUES ($1, 'OCG-0001', 'Group', 'ACTIVE') RETURNING id`,
        [q.panelId],
      );
      await t.dataSource.query(
        `INSERT INTO referral (panel_id, reference, from_agency_id, summary, crime_references, status, ocg_id)
         SELECT $1, 'R-' || lpad(g::text, 4, '0'), (ARRAY[$2, $3, $4]::uuid[])[1 + g % 3],
                CASE WHEN g <= $6 THEN 'Cuckooing at a flat on Elm Street ' ELSE 'Shop theft at the retail park ' END || g, ARRAY['NM/1/26'],
                CASE WHEN g % 2 = 0 THEN 'ACCEPTED' ELSE 'RECEIVED' END, CASE WHEN g % 2 = 0 THEN $5::uuid END
           FROM generate_series(1, 60) g`,
        [q.panelId, q.agencies.HMRC, q.agencies['Police SOC unit'], q.agencies['Trading Standards'], ocg.id, matches],
      );
      const session = await t.signIn(q.users.CHAIR.email, TEST_PASSWORD);
      sql.count = 0;
      expect((await search(session, 'elm CUCKOOING', q.panelId)).totalCount).toBe(matches);
      return sql.count;
    };
    expect(await measure(50)).toBe(await measure(5));
  });
});
