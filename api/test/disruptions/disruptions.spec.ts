import { DisruptionRecorder } from '../../src/modules/disruptions/disruption-recorder.service.js';
import { contextOf, createPanel, TEST_PASSWORD, type PanelFixture } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { addNominal, addOcgs } from './records-fixtures.js';

const FIELDS = `id ocgId occurredOn strand tacticHeading description impact rationale version gscMarking
  agency { name } ocg { reference }
  outcomes { arrests charges custodialYears cashSeizedGbp drugsSeized { type kg } }
  nominals { displayName surname personalDataWithheld withheldReason }`;
const RECORD = `mutation($i: RecordDisruptionInput!) { recordDisruption(input: $i) { ${FIELDS} } }`;
const UPDATE = `mutation($i: UpdateDisruptionInput!) { updateDisruption(input: $i) { ${FIELDS} } }`;
const GET = `query($id: ID!) { disruption(id: $id) { ${FIELDS} } }`;
const LIST = `query($p: ID!, $o: ID, $from: String, $to: String) { disruptions(panelId: $p, ocgId: $o, from: $from, to: $to) { totalCount nodes { id occurredOn } } }`;
const MISSING = '00000000-0000-4000-8000-000000000000';

type Disruption = {
  id: string;
  version: number;
  nominals: { displayName: string; surname: string | null; personalDataWithheld: boolean }[];
} & Record<string, unknown>;

describe('disruptions', () => {
  let t: TestApp;
  let p: PanelFixture;
  let other: PanelFixture;
  let police: string;
  let partner: string;
  let observer: string;
  let ocgId: string;
  let nominalId: string;
  beforeAll(async () => {
    t = await startTestApp();
    p = await createPanel(t.dataSource);
    other = await createPanel(t.dataSource);
    police = await t.signIn(p.users.POLICE_MEMBER.email, TEST_PASSWORD);
    partner = await t.signIn(p.users.PARTNER_MEMBER.email, TEST_PASSWORD);
    observer = await t.signIn(p.users.OBSERVER.email, TEST_PASSWORD);
    [ocgId] = await addOcgs(t.dataSource, p.panelId, 1, 'Ledger');
    nominalId = await addNominal(t.dataSource, p.panelId, 'Jo', 'Bloggs');
  });
  afterAll(() => t.close());

  const input = (over: Record<string, unknown> = {}) => ({
    ocgId,
    occurredOn: '2026-03-01',
    strand: 'PURSUE',
    tacticHeading: 'BUSINESS',
    description: 'Premises licence review of the car wash',
    impact: 'MODERATE',
    rationale: 'The business front closed for six weeks; the group moved cash through another route.',
    ...over,
  });
  const rows = async (id: string) => (await t.dataSource.query(`SELECT count(*)::int AS n FROM disruption WHERE ocg_id = $1`, [id]))[0].n as number;

  it('rejects the unauthenticated', async () => {
    expect((await t.gql(LIST, { p: p.panelId })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.gql(RECORD, { i: input() })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it("hides other panels' records exactly like missing ones", async () => {
    const [foreignOcg] = await addOcgs(t.dataSource, other.panelId, 1);
    const otherPolice = await t.signIn(other.users.POLICE_MEMBER.email, TEST_PASSWORD);
    const created = await t.gql<{ recordDisruption: Disruption }>(RECORD, { i: input({ ocgId: foreignOcg }) }, { session: otherPolice });
    expect(created.errors).toBeUndefined();
    const foreignId = created.data!.recordDisruption.id;

    const foreign = await t.gql(GET, { id: foreignId }, { session: police });
    const missing = await t.gql(GET, { id: MISSING }, { session: police });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(foreign.errors?.[0]?.message).toBe(missing.errors?.[0]?.message);
    const update = await t.gql(UPDATE, { i: { ...input(), ocgId: undefined, id: foreignId, version: 1 } }, { session: police });
    expect(update.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const onForeignOcg = await t.gql(RECORD, { i: input({ ocgId: foreignOcg }) }, { session: police });
    const onMissingOcg = await t.gql(RECORD, { i: input({ ocgId: MISSING }) }, { session: police });
    expect(onForeignOcg.errors?.[0]?.message).toBe(onMissingOcg.errors?.[0]?.message);
    expect(onForeignOcg.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await t.gql(LIST, { p: other.panelId }, { session: police })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await rows(foreignOcg)).toBe(1);
  });

  it('records a disruption with its outcomes for the viewer’s agency, and audits it', async () => {
    const res = await t.gql<{ recordDisruption: Disruption }>(
      RECORD,
      {
        i: input({
          nominalIds: [nominalId],
          outcomes: { arrests: 3, charges: 2, custodialYears: 4.5, cashSeizedGbp: 12500.5, drugsSeized: [{ type: 'Cocaine', kg: 1.25 }] },
        }),
      },
      { session: police },
    );
    expect(res.errors).toBeUndefined();
    const d = res.data!.recordDisruption;
    expect(d).toMatchObject({
      agency: { name: 'Police SOC unit' },
      impact: 'MODERATE',
      gscMarking: 'OFFICIAL_SENSITIVE',
      outcomes: { arrests: 3, charges: 2, custodialYears: 4.5, cashSeizedGbp: 12500.5, drugsSeized: [{ type: 'Cocaine', kg: 1.25 }] },
      nominals: [{ displayName: 'Jo BLOGGS', personalDataWithheld: false }],
      version: 1,
    });
    const audit = await t.dataSource.query(`SELECT action, changes FROM audit_event WHERE entity_id = $1`, [d.id]);
    expect(audit).toHaveLength(1);
    expect(audit[0].action).toBe('CREATE');
    expect(audit[0].changes.nominalIds[1]).toEqual([nominalId]);
  });

  it('refuses a disruption without a rationale, naming the field, and writes nothing', async () => {
    const [empty] = await addOcgs(t.dataSource, p.panelId, 1);
    const audits = async () => (await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE panel_id = $1`, [p.panelId]))[0].n;
    const before = await audits();
    for (const rationale of ['', '   \n ']) {
      const res = await t.gql(RECORD, { i: input({ ocgId: empty, rationale }) }, { session: police });
      expect(res.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'rationale' });
      expect(res.errors?.[0]?.message).toMatch(/rationale/);
    }
    expect(await rows(empty)).toBe(0);
    expect(await audits()).toBe(before);
  });

  it('refuses negative outcomes, too many drug seizures and nominals of another panel', async () => {
    const negative = await t.gql(RECORD, { i: input({ outcomes: { arrests: -1 } }) }, { session: police });
    expect(negative.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'outcomes.arrests' });
    const negativeKg = await t.gql(RECORD, { i: input({ outcomes: { drugsSeized: [{ type: 'Heroin', kg: -2 }] } }) }, { session: police });
    expect(negativeKg.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'outcomes.drugsSeized.0.kg' });
    const drugs = Array.from({ length: 21 }, () => ({ type: 'Cannabis', kg: 1 }));
    const tooMany = await t.gql(RECORD, { i: input({ outcomes: { drugsSeized: drugs } }) }, { session: police });
    expect(tooMany.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'outcomes.drugsSeized' });
    const foreignNominal = await addNominal(t.dataSource, other.panelId, 'Al', 'Foreign');
    const res = await t.gql(RECORD, { i: input({ nominalIds: [foreignNominal] }) }, { session: police });
    expect(res.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'nominalIds' });
    const otherAgency = await t.gql(RECORD, { i: input({ agencyId: p.agencies['Police SOC unit'] }) }, { session: partner });
    expect(otherAgency.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'agencyId' });
  });

  it("withholds a disruption's nominals from a partner without ISA cover, and shows them to one with it", async () => {
    const res = await t.gql<{ recordDisruption: Disruption }>(RECORD, { i: input({ nominalIds: [nominalId] }) }, { session: police });
    const id = res.data!.recordDisruption.id;
    const uncovered = await t.gql<{ disruption: Disruption }>(GET, { id }, { session: observer });
    expect(uncovered.errors).toBeUndefined();
    expect(uncovered.data!.disruption.nominals).toEqual([
      expect.objectContaining({ surname: null, personalDataWithheld: true, displayName: expect.stringMatching(/details withheld/) }),
    ]);
    const covered = await t.gql<{ disruption: Disruption }>(GET, { id }, { session: partner });
    expect(covered.data!.disruption.nominals).toEqual([expect.objectContaining({ surname: 'Bloggs', personalDataWithheld: false })]);
    const consults = await t.dataSource.query(
      `SELECT actor_user_id FROM consultation_subject WHERE entity_id = $1 AND action = 'CONSULT' AND actor_user_id = ANY($2)`,
      [nominalId, [p.users.PARTNER_MEMBER.userId, p.users.OBSERVER.userId]],
    );
    expect(consults.map((c: { actor_user_id: string }) => c.actor_user_id)).toEqual([p.users.PARTNER_MEMBER.userId]);
  });

  it('corrects a disruption at its version, refuses a stale one, and keeps partners to their own agency’s', async () => {
    const created = await t.gql<{ recordDisruption: Disruption }>(RECORD, { i: input() }, { session: police });
    const id = created.data!.recordDisruption.id;
    const { ocgId: _o, ...fields } = input({ impact: 'MAJOR' });
    const updated = await t.gql<{ updateDisruption: Disruption }>(UPDATE, { i: { ...fields, id, version: 1 } }, { session: police });
    expect(updated.data?.updateDisruption).toMatchObject({ impact: 'MAJOR', version: 2 });
    const stale = await t.gql(UPDATE, { i: { ...fields, impact: 'MINOR', id, version: 1 } }, { session: police });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(stale.errors?.[0]?.message).toMatch(/Impact on the group changed/);
    expect(stale.errors?.[0]?.extensions?.changedFields).toContain('impact');
    const byPartner = await t.gql(UPDATE, { i: { ...fields, id, version: 2 } }, { session: partner });
    expect(byPartner.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const byObserver = await t.gql(UPDATE, { i: { ...fields, id, version: 2 } }, { session: observer });
    expect(byObserver.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const audit = await t.dataSource.query(`SELECT action FROM audit_event WHERE entity_id = $1 ORDER BY id`, [id]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['CREATE', 'UPDATE']);
  });

  it('lists the ledger by group and dates', async () => {
    const [g] = await addOcgs(t.dataSource, p.panelId, 1);
    for (const occurredOn of ['2025-01-10', '2025-06-10', '2025-12-10']) {
      await t.gql(RECORD, { i: input({ ocgId: g, occurredOn }) }, { session: partner });
    }
    const res = await t.gql<{ disruptions: { totalCount: number; nodes: { occurredOn: string }[] } }>(
      LIST,
      { p: p.panelId, o: g, from: '2025-02-01', to: '2025-12-31' },
      { session: observer },
    );
    expect(res.data?.disruptions.totalCount).toBe(2);
    expect(res.data?.disruptions.nodes.map((n) => n.occurredOn)).toEqual(['2025-12-10', '2025-06-10']);
    const future = await t.gql(RECORD, { i: input({ ocgId: g, occurredOn: '2999-01-01' }) }, { session: partner });
    expect(future.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'occurredOn' });
  });

  it('records inside a caller’s transaction, and leaves nothing when that transaction fails', async () => {
    const [g] = await addOcgs(t.dataSource, p.panelId, 1);
    const ctx = contextOf(t.dataSource, p, 'POLICE_MEMBER');
    const recorder = t.app.get(DisruptionRecorder);
    await expect(
      t.dataSource.transaction(async (m) => {
        const d = await recorder.recordInTransaction(m, ctx, input({ ocgId: g, nominalIds: [], gscMarking: 'OFFICIAL' }) as never);
        expect(d.ocgId).toBe(g);
        throw new Error('the task update failed');
      }),
    ).rejects.toThrow('the task update failed');
    expect(await rows(g)).toBe(0);
    const d = await t.dataSource.transaction((m) => recorder.recordInTransaction(m, ctx, input({ ocgId: g }) as never));
    expect(await rows(g)).toBe(1);
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE entity_id = $1`, [d.id]))[0].n).toBe(1);
  });
});
