import { createPanel, TEST_PASSWORD, type PanelFixture } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { addAgency, addMember, addNominal, addOcgs } from '../disruptions/records-fixtures.js';

const FIELDS =
  'id subjectKind subjectId recordedOn text grading handling handlingConditions gscMarking submittingAgency { name } recipients { name }';
const RECORD = `mutation($i: RecordIntelligenceInput!) { recordIntelligence(input: $i) { ${FIELDS} } }`;
const GET = `query($id: ID!) { intelligenceEntry(id: $id) { ${FIELDS} } }`;
const LIST = `query($p: ID!, $k: RecordKind!, $s: ID!) { intelligence(panelId: $p, subjectKind: $k, subjectId: $s) { totalCount nodes { id handling } } }`;
const OCG = `query($id: ID!) { ocg(id: $id) { reference intelligence(limit: 10) { id } } }`;
const MISSING = '00000000-0000-4000-8000-000000000000';

type Entry = { id: string; grading: string; recipients: { name: string }[] } & Record<string, unknown>;

describe('intelligence', () => {
  let t: TestApp;
  let p: PanelFixture;
  let other: PanelFixture;
  let police: string;
  let chair: string;
  let hmrc: string;
  let dwp: string;
  let dwpAgency: string;
  let tradingStandards: string;
  let ocgId: string;
  beforeAll(async () => {
    t = await startTestApp();
    p = await createPanel(t.dataSource);
    other = await createPanel(t.dataSource);
    dwpAgency = await addAgency(t.dataSource, p.panelId, 'DWP', true);
    police = await t.signIn(p.users.POLICE_MEMBER.email, TEST_PASSWORD);
    chair = await t.signIn(p.users.CHAIR.email, TEST_PASSWORD);
    hmrc = await t.signIn(p.users.PARTNER_MEMBER.email, TEST_PASSWORD);
    dwp = await t.signIn(await addMember(t.dataSource, p.panelId, dwpAgency, 'PARTNER_MEMBER'), TEST_PASSWORD);
    tradingStandards = await t.signIn(await addMember(t.dataSource, p.panelId, p.agencies['Trading Standards'], 'PARTNER_MEMBER'), TEST_PASSWORD);
    [ocgId] = await addOcgs(t.dataSource, p.panelId, 1, 'Intel');
  });
  afterAll(() => t.close());

  const input = (over: Record<string, unknown> = {}) => ({
    panelId: p.panelId,
    subjectKind: 'OCG',
    subjectId: ocgId,
    recordedOn: '2026-02-14',
    text: 'The group stores cash at the tyre business on Fridays.',
    sourceGrade: 'S2',
    intelligenceGrade: 'B',
    handling: 'P',
    ...over,
  });
  const record = async (session: string, over: Record<string, unknown> = {}) => {
    const res = await t.gql<{ recordIntelligence: Entry }>(RECORD, { i: input(over) }, { session });
    expect(res.errors).toBeUndefined();
    return res.data!.recordIntelligence;
  };

  it('rejects the unauthenticated', async () => {
    expect((await t.gql(LIST, { p: p.panelId, k: 'OCG', s: ocgId })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.gql(RECORD, { i: input() })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it("hides other panels' records exactly like missing ones", async () => {
    const [foreignOcg] = await addOcgs(t.dataSource, other.panelId, 1);
    const otherPolice = await t.signIn(other.users.POLICE_MEMBER.email, TEST_PASSWORD);
    const foreign = await t.gql<{ recordIntelligence: Entry }>(
      RECORD,
      { i: input({ panelId: other.panelId, subjectId: foreignOcg }) },
      { session: otherPolice },
    );
    expect(foreign.errors).toBeUndefined();
    const seen = await t.gql(GET, { id: foreign.data!.recordIntelligence.id }, { session: chair });
    const missing = await t.gql(GET, { id: MISSING }, { session: chair });
    expect(seen.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(seen.errors?.[0]?.message).toBe(missing.errors?.[0]?.message);
    expect((await t.gql(LIST, { p: other.panelId, k: 'OCG', s: foreignOcg }, { session: chair })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    // A subject of another panel cannot be written about from this one.
    const cross = await t.gql(RECORD, { i: input({ subjectId: foreignOcg }) }, { session: police });
    expect(cross.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'subjectId' });
  });

  it('records graded entries about groups, nominals, vehicles and places, and audits them without the text', async () => {
    const nominalId = await addNominal(t.dataSource, p.panelId, 'Sam', 'Smith');
    const [vehicle] = await t.dataSource.query(
      `INSERT INTO vehicle (panel_id, registration, vrm, vrm_folded) VALUES ($1, 'AB12 CDE', 'AB12CDE', 'AB12CDE') RETURNING id`,
      [p.panelId],
    );
    const [place] = await t.dataSource.query(`INSERT INTO place (panel_id, label, kind) VALUES ($1, '1 High Street', 'BUSINESS') RETURNING id`, [
      p.panelId,
    ]);
    for (const [subjectKind, subjectId] of [
      ['OCG', ocgId],
      ['NOMINAL', nominalId],
      ['VEHICLE', vehicle.id],
      ['PLACE', place.id],
    ]) {
      const e = await record(hmrc, { subjectKind, subjectId });
      expect(e).toMatchObject({
        subjectKind,
        subjectId,
        grading: '2/B/P',
        submittingAgency: { name: 'HMRC' },
        recipients: [],
        gscMarking: 'OFFICIAL_SENSITIVE',
      });
    }
    const e = await record(police, { sourceGrade: 'S1', intelligenceGrade: 'A' });
    const [audit] = await t.dataSource.query(`SELECT action, changes FROM audit_event WHERE entity_id = $1`, [e.id]);
    expect(audit.action).toBe('CREATE');
    expect(audit.changes.grading).toEqual([null, '1/A/P']);
    expect(JSON.stringify(audit.changes)).not.toContain('tyre business');
    const missingSubject = await t.gql(RECORD, { i: input({ subjectKind: 'NOMINAL', subjectId: ocgId }) }, { session: police });
    expect(missingSubject.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'subjectId' });
    const tooLong = await t.gql(RECORD, { i: input({ text: 'x'.repeat(5001) }) }, { session: police });
    expect(tooLong.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'text' });
  });

  it('needs conditions and at least one recipient agency of the panel for handling code C', async () => {
    const noConditions = await t.gql(RECORD, { i: input({ handling: 'C', recipientAgencyIds: [p.agencies.HMRC] }) }, { session: police });
    expect(noConditions.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'handlingConditions' });
    const noRecipients = await t.gql(RECORD, { i: input({ handling: 'C', handlingConditions: 'Not for court' }) }, { session: police });
    expect(noRecipients.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'recipientAgencyIds' });
    const foreign = await t.gql(
      RECORD,
      { i: input({ handling: 'C', handlingConditions: 'Not for court', recipientAgencyIds: [other.agencies.HMRC] }) },
      { session: police },
    );
    expect(foreign.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'recipientAgencyIds' });
    const pWithRecipients = await t.gql(RECORD, { i: input({ recipientAgencyIds: [p.agencies.HMRC] }) }, { session: police });
    expect(pWithRecipients.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'recipientAgencyIds' });
  });

  it('shows a C-coded entry only to the named and the submitting agencies; to anyone else it is missing', async () => {
    const [g] = await addOcgs(t.dataSource, p.panelId, 1);
    const shared = await record(police, {
      subjectId: g,
      handling: 'C',
      handlingConditions: 'HMRC only; not for court',
      recipientAgencyIds: [p.agencies.HMRC],
    });
    expect(shared.recipients).toEqual([{ name: 'HMRC' }]);
    const open = await record(police, { subjectId: g });

    const named = await t.gql<{ intelligenceEntry: Entry }>(GET, { id: shared.id }, { session: hmrc });
    expect(named.data?.intelligenceEntry).toMatchObject({ grading: '2/B/C', handlingConditions: 'HMRC only; not for court' });
    const notNamed = await t.gql(GET, { id: shared.id }, { session: dwp });
    const missing = await t.gql(GET, { id: MISSING }, { session: dwp });
    expect(notNamed.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(notNamed.errors?.[0]?.message).toBe(missing.errors?.[0]?.message);

    const list = async (session: string) =>
      (await t.gql<{ intelligence: { totalCount: number; nodes: { id: string }[] } }>(LIST, { p: p.panelId, k: 'OCG', s: g }, { session })).data!
        .intelligence;
    expect((await list(hmrc)).nodes.map((n) => n.id).sort()).toEqual([shared.id, open.id].sort());
    expect(await list(dwp)).toEqual({ totalCount: 1, nodes: [{ id: open.id, handling: 'P' }] });
    const onGroup = async (session: string) =>
      (await t.gql<{ ocg: { intelligence: { id: string }[] | null } }>(OCG, { id: g }, { session })).data!.ocg.intelligence!.map((e) => e.id);
    expect(await onGroup(dwp)).toEqual([open.id]);
    expect((await onGroup(hmrc)).sort()).toEqual([shared.id, open.id].sort());

    // Police see a C entry only when their agency submitted it or is named, whatever their role.
    const fromHmrc = await record(hmrc, { subjectId: g, handling: 'C', handlingConditions: 'DWP only', recipientAgencyIds: [dwpAgency] });
    expect((await t.gql(GET, { id: fromHmrc.id }, { session: chair })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await t.gql(GET, { id: fromHmrc.id }, { session: dwp })).errors).toBeUndefined();
    expect(await onGroup(chair)).not.toContain(fromHmrc.id);
  });

  it('shows the system administrator, who has no role on the panel, no entry at all', async () => {
    const [g] = await addOcgs(t.dataSource, p.panelId, 1);
    const coded = await record(police, { subjectId: g, handling: 'C', handlingConditions: 'HMRC only', recipientAgencyIds: [p.agencies.HMRC] });
    const open = await record(police, { subjectId: g });
    const email = `admin.intel.${g.slice(0, 8)}@example.test`;
    await t.dataSource.query(
      `INSERT INTO app_user (email, name, password_hash, is_admin) SELECT $1, 'Admin', password_hash, true FROM app_user WHERE id = $2`,
      [email, p.users.CHAIR.userId],
    );
    const admin = await t.signIn(email, TEST_PASSWORD);

    const list = await t.gql(LIST, { p: p.panelId, k: 'OCG', s: g }, { session: admin });
    expect(list.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // Reading intelligence or groups is held in no panel, so the question is refused before any record is looked for.
    for (const id of [coded.id, open.id]) {
      expect((await t.gql(GET, { id }, { session: admin })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await t.gql(OCG, { id: g }, { session: admin })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('keeps intelligence from a partner whose agreement does not cover personal data', async () => {
    const res = await t.gql(LIST, { p: p.panelId, k: 'OCG', s: ocgId }, { session: tradingStandards });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const group = await t.gql<{ ocg: { reference: string; intelligence: unknown } }>(OCG, { id: ocgId }, { session: tradingStandards });
    expect(group.errors).toBeUndefined();
    expect(group.data?.ocg.intelligence).toBeNull();
    const write = await t.gql(RECORD, { i: input() }, { session: tradingStandards });
    expect(write.errors).toBeUndefined();
  });

  it('notes a reading of intelligence about a person in the consultation log, and of a group not', async () => {
    const nominalId = await addNominal(t.dataSource, p.panelId, 'Carl', 'Consulted');
    const aboutPerson = await record(police, { subjectKind: 'NOMINAL', subjectId: nominalId, text: 'Seen at the tyre business.' });
    const aboutGroup = await record(police);
    const consults = async (id: string) =>
      (
        await t.dataSource.query(
          `SELECT count(*)::int AS n FROM consultation_subject WHERE action = 'CONSULT' AND entity_type = 'Intelligence' AND entity_id = $1`,
          [id],
        )
      )[0].n as number;
    const before = await consults(aboutPerson.id);
    await t.gql(GET, { id: aboutPerson.id }, { session: hmrc });
    await t.gql(GET, { id: aboutGroup.id }, { session: hmrc });
    expect(await consults(aboutPerson.id)).toBe(before + 1);
    expect(await consults(aboutGroup.id)).toBe(0);
  });
});
