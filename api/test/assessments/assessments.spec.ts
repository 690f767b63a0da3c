import { createPanel, TEST_PASSWORD, type PanelFixture } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { addDisruption, addGroup, addPlace } from '../link-chart/records.js';

const FIELDS = `id version status periodFrom periodTo content annotations { section text } publishedAt`;
const GENERATE = `mutation($p: ID!, $to: String) { generateAssessment(panelId: $p, periodTo: $to) { ${FIELDS} } }`;
const ANNOTATE = `mutation($i: AnnotateAssessmentInput!) { annotateAssessment(input: $i) { ${FIELDS} } }`;
const PUBLISH = `mutation($id: ID!, $v: Int!) { publishAssessment(id: $id, version: $v) { ${FIELDS} } }`;
const REVISE = `mutation($id: ID!) { reviseAssessment(id: $id) { ${FIELDS} } }`;
const LIST = `query($p: ID!) { assessments(panelId: $p) { id version status } }`;
const ONE = `query($id: ID!) { assessment(id: $id) { id status } }`;

type A = {
  id: string;
  version: number;
  status: string;
  periodFrom: string;
  periodTo: string;
  content: string;
  annotations: { section: string; text: string }[];
};

describe('six-monthly assessment', () => {
  let t: TestApp;
  let p: PanelFixture;
  let chair: string;
  let partner: string;
  beforeAll(async () => {
    t = await startTestApp();
    p = await createPanel(t.dataSource);
    const soc = p.agencies['Police SOC unit'];
    const g = await addGroup(t.dataSource, p.panelId, { areas: ['Eastfield'], crimeTypes: ['DRUGS_SUPPLY'] });
    await addPlace(t.dataSource, p.panelId, { label: 'Underpass', kind: 'HOTSPOT', area: 'Eastfield', highHarm: true, ocgId: g });
    await addDisruption(t.dataSource, p.panelId, g, soc, '2026-03-10', 'MAJOR', 3);
    await addDisruption(t.dataSource, p.panelId, g, soc, '2026-05-01', 'MINOR', 1);
    await addDisruption(t.dataSource, p.panelId, g, soc, '2025-12-01', 'MODERATE', 2);
    await t.dataSource.query(
      `INSERT INTO emerging_threat (panel_id, title, description, status) VALUES ($1, 'Vape shops', 'Counterfeit vapes', 'TASKED')`,
      [p.panelId],
    );
    chair = await t.signIn(p.users.CHAIR.email, TEST_PASSWORD);
    partner = await t.signIn(p.users.PARTNER_MEMBER.email, TEST_PASSWORD);
  });
  afterAll(() => t.close());

  it('rejects the unauthenticated and lets only those who run meetings generate', async () => {
    expect((await t.gql(LIST, { p: p.panelId })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.gql(GENERATE, { p: p.panelId }, { session: partner })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('generates, annotates, publishes, locks and revises', async () => {
    const gen = await t.gql<{ generateAssessment: A }>(GENERATE, { p: p.panelId, to: '2026-06-30' }, { session: chair });
    expect(gen.errors).toBeUndefined();
    const draft = gen.data?.generateAssessment as A;
    expect(draft).toMatchObject({ version: 1, status: 'DRAFT', periodFrom: '2026-01-01', periodTo: '2026-06-30' });
    const content = JSON.parse(draft.content);
    expect(content.trends).toHaveLength(18);
    expect(content.outcomes.current).toMatchObject({ disruptions: 2, major: 1, minor: 1, arrests: 4 });
    expect(content.outcomes.previous).toMatchObject({ disruptions: 1, moderate: 1, arrests: 2 });
    expect(content.highHarmPlaces).toEqual({ count: 1, byArea: [{ area: 'Eastfield', count: 1 }] });
    expect(content.crimeTypes.find((c: { crimeType: string }) => c.crimeType === 'DRUGS_SUPPLY')).toHaveProperty('predicted');

    const note = await t.gql<{ annotateAssessment: A }>(
      ANNOTATE,
      { i: { id: draft.id, section: 'outcomes', text: '  Strong Pursue results.\u0007 ', version: 1 } },
      { session: chair },
    );
    expect(note.data?.annotateAssessment.annotations).toEqual([{ section: 'outcomes', text: 'Strong Pursue results.' }]);
    const badSection = await t.gql(ANNOTATE, { i: { id: draft.id, section: 'nope', text: 'x', version: 1 } }, { session: chair });
    expect(badSection.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const tooLong = await t.gql(ANNOTATE, { i: { id: draft.id, section: 'summary', text: 'x'.repeat(4001), version: 1 } }, { session: chair });
    expect(tooLong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    // Members see only published versions.
    expect((await t.gql<{ assessments: A[] }>(LIST, { p: p.panelId }, { session: partner })).data?.assessments).toEqual([]);
    expect((await t.gql(ONE, { id: draft.id }, { session: partner })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const pub = await t.gql<{ publishAssessment: A }>(PUBLISH, { id: draft.id, v: 1 }, { session: chair });
    expect(pub.data?.publishAssessment.status).toBe('PUBLISHED');
    expect((await t.gql<{ assessment: A }>(ONE, { id: draft.id }, { session: partner })).data?.assessment.status).toBe('PUBLISHED');

    const locked = await t.gql(ANNOTATE, { i: { id: draft.id, section: 'summary', text: 'Late change', version: 1 } }, { session: chair });
    expect(locked.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    // Locked in the database too, for every writer.
    await expect(t.dataSource.query(`UPDATE assessment SET annotations = '{}' WHERE id = $1`, [draft.id])).rejects.toThrow(/locked/);
    await expect(t.dataSource.query(`DELETE FROM assessment WHERE id = $1`, [draft.id])).rejects.toThrow(/locked/);
    expect((await t.gql(GENERATE, { p: p.panelId, to: '2026-06-30' }, { session: chair })).errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const rev = await t.gql<{ reviseAssessment: A }>(REVISE, { id: draft.id }, { session: chair });
    expect(rev.data?.reviseAssessment).toMatchObject({
      version: 2,
      status: 'DRAFT',
      annotations: [{ section: 'outcomes', text: 'Strong Pursue results.' }],
    });
    expect((await t.gql(REVISE, { id: draft.id }, { session: chair })).errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const mine = (await t.gql<{ assessments: A[] }>(LIST, { p: p.panelId }, { session: chair })).data?.assessments ?? [];
    expect(mine.map((a) => [a.version, a.status])).toEqual([
      [2, 'DRAFT'],
      [1, 'PUBLISHED'],
    ]);
    const theirs = (await t.gql<{ assessments: A[] }>(LIST, { p: p.panelId }, { session: partner })).data?.assessments ?? [];
    expect(theirs.map((a) => [a.version, a.status])).toEqual([[1, 'PUBLISHED']]);
  });
});
