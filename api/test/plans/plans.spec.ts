import { createPanel, TEST_PASSWORD, type PanelFixture } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { addOcgs } from '../disruptions/records-fixtures.js';

const OBJECTIVE = 'id strand objective tacticHeadings version ownerAgency { name }';
const PLAN = `objectives { ${OBJECTIVE} } coveredHeadings gaps { heading agencies { name } }`;
const GET = `query($id: ID!) { ocgPlan(ocgId: $id) { ${PLAN} } }`;
const ON_GROUP = `query($id: ID!) { ocg(id: $id) { reference plan { ${PLAN} } } }`;
const CREATE = `mutation($i: CreateObjectiveInput!) { createObjective(input: $i) { ${OBJECTIVE} } }`;
const UPDATE = `mutation($i: UpdateObjectiveInput!) { updateObjective(input: $i) { ${OBJECTIVE} } }`;
const DELETE = `mutation($i: DeleteObjectiveInput!) { deleteObjective(input: $i) }`;
const MISSING = '00000000-0000-4000-8000-000000000000';

type Objective = { id: string; version: number; strand: string } & Record<string, unknown>;
type Plan = { objectives: Objective[]; coveredHeadings: string[]; gaps: { heading: string; agencies: { name: string }[] }[] };

describe('4P plans', () => {
  let t: TestApp;
  let p: PanelFixture;
  let other: PanelFixture;
  let police: string;
  let partner: string;
  let ocgId: string;
  beforeAll(async () => {
    t = await startTestApp();
    p = await createPanel(t.dataSource);
    other = await createPanel(t.dataSource);
    police = await t.signIn(p.users.POLICE_MEMBER.email, TEST_PASSWORD);
    partner = await t.signIn(p.users.PARTNER_MEMBER.email, TEST_PASSWORD);
    [ocgId] = await addOcgs(t.dataSource, p.panelId, 1, 'Planned');
    await t.dataSource.query(`UPDATE agency SET tactic_headings = $2 WHERE id = $1`, [p.agencies.HMRC, ['BUSINESS', 'LIFESTYLE']]);
    await t.dataSource.query(`UPDATE agency SET tactic_headings = $2 WHERE id = $1`, [p.agencies['Trading Standards'], ['BUSINESS']]);
    await t.dataSource.query(`UPDATE agency SET tactic_headings = $2 WHERE id = $1`, [
      p.agencies['Police SOC unit'],
      ['CRIME', 'VEHICLES', 'TRAVEL'],
    ]);
  });
  afterAll(() => t.close());

  const input = (over: Record<string, unknown> = {}) => ({
    ocgId,
    strand: 'PURSUE',
    objective: 'Close the money-laundering front businesses',
    ownerAgencyId: p.agencies.HMRC,
    tacticHeadings: ['BUSINESS'],
    ...over,
  });

  it('rejects the unauthenticated', async () => {
    expect((await t.gql(GET, { id: ocgId })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.gql(CREATE, { i: input() })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it("hides other panels' records exactly like missing ones", async () => {
    const [foreignOcg] = await addOcgs(t.dataSource, other.panelId, 1);
    const otherPolice = await t.signIn(other.users.POLICE_MEMBER.email, TEST_PASSWORD);
    const foreign = await t.gql<{ createObjective: Objective }>(
      CREATE,
      { i: input({ ocgId: foreignOcg, ownerAgencyId: other.agencies.HMRC }) },
      { session: otherPolice },
    );
    expect(foreign.errors).toBeUndefined();
    const seen = await t.gql(GET, { id: foreignOcg }, { session: police });
    const missing = await t.gql(GET, { id: MISSING }, { session: police });
    expect(seen.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(seen.errors?.[0]?.message).toBe(missing.errors?.[0]?.message);
    expect((await t.gql(CREATE, { i: input({ ocgId: foreignOcg }) }, { session: police })).errors?.[0]?.message).toBe(missing.errors?.[0]?.message);
    const objective = foreign.data!.createObjective;
    const update = await t.gql(UPDATE, { i: { ...input(), ocgId: undefined, id: objective.id, version: 1 } }, { session: police });
    const updateMissing = await t.gql(UPDATE, { i: { ...input(), ocgId: undefined, id: MISSING, version: 1 } }, { session: police });
    expect(update.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(update.errors?.[0]?.message).toBe(updateMissing.errors?.[0]?.message);
    expect((await t.gql(DELETE, { i: { id: objective.id, version: 1 } }, { session: police })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('shows the headings no objective covers yet, with the agencies that hold powers under each', async () => {
    const empty = await t.gql<{ ocgPlan: Plan }>(GET, { id: ocgId }, { session: partner });
    expect(empty.data?.ocgPlan.coveredHeadings).toEqual([]);
    expect(empty.data?.ocgPlan.gaps.map((g) => g.heading)).toEqual(['LIFESTYLE', 'BEHAVIOUR', 'VEHICLES', 'TRAVEL', 'BUSINESS', 'CRIME']);

    await t.gql(
      CREATE,
      { i: input({ strand: 'PREVENT', tacticHeadings: ['CRIME'], ownerAgencyId: p.agencies['Police SOC unit'] }) },
      { session: police },
    );
    await t.gql(CREATE, { i: input() }, { session: police });
    const plan = (await t.gql<{ ocg: { plan: Plan } }>(ON_GROUP, { id: ocgId }, { session: partner })).data!.ocg.plan;
    expect(plan.objectives.map((o) => o.strand)).toEqual(['PURSUE', 'PREVENT']);
    expect(plan.objectives[0].ownerAgency).toEqual({ name: 'HMRC' });
    expect(plan.coveredHeadings).toEqual(['BUSINESS', 'CRIME']);
    expect(plan.gaps).toEqual([
      { heading: 'LIFESTYLE', agencies: [{ name: 'HMRC' }] },
      { heading: 'BEHAVIOUR', agencies: [] },
      { heading: 'VEHICLES', agencies: [{ name: 'Police SOC unit' }] },
      { heading: 'TRAVEL', agencies: [{ name: 'Police SOC unit' }] },
    ]);
  });

  it('changes and removes objectives at their version, with every change audited', async () => {
    const [g] = await addOcgs(t.dataSource, p.panelId, 1);
    const created = (await t.gql<{ createObjective: Objective }>(CREATE, { i: input({ ocgId: g }) }, { session: police })).data!.createObjective;
    const { ocgId: _o, ...fields } = input({ objective: 'Seize the cash at the tyre business', tacticHeadings: ['BUSINESS', 'LIFESTYLE'] });
    const updated = await t.gql<{ updateObjective: Objective }>(UPDATE, { i: { ...fields, id: created.id, version: 1 } }, { session: police });
    expect(updated.data?.updateObjective).toMatchObject({ version: 2, tacticHeadings: ['LIFESTYLE', 'BUSINESS'] });
    const stale = await t.gql(UPDATE, { i: { ...fields, objective: 'Other', id: created.id, version: 1 } }, { session: police });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(stale.errors?.[0]?.message).toContain(': Objective, Menu-of-tactics headings it covers changed.');
    expect(stale.errors?.[0]?.extensions).toEqual({ code: 'CONFLICT', changedFields: ['objective', 'tacticHeadings'] });
    expect((await t.gql(DELETE, { i: { id: created.id, version: 1 } }, { session: police })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await t.gql(DELETE, { i: { id: created.id, version: 2 } }, { session: police })).data).toEqual({ deleteObjective: created.id });
    const audit = await t.dataSource.query(`SELECT action FROM audit_event WHERE entity_id = $1 ORDER BY id`, [created.id]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['CREATE', 'UPDATE', 'DELETE']);
  });

  it('refuses an owner agency of another panel, and partners may not write the plan', async () => {
    const foreign = await t.gql(CREATE, { i: input({ ownerAgencyId: other.agencies.HMRC }) }, { session: police });
    expect(foreign.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'ownerAgencyId' });
    expect((await t.gql(CREATE, { i: input() }, { session: partner })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const blank = await t.gql(CREATE, { i: input({ objective: '   ' }) }, { session: police });
    expect(blank.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'objective' });
  });
});
