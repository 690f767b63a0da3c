import request from 'supertest';
import { pdfText } from '../canary/files.js';
import { addDisruption, addGroup, addPlace } from '../link-chart/records.js';
import { seedOutcomes } from '../outcome-report/seed.js';
import { createPanel, TEST_PASSWORD, type PanelFixture } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const FIELDS = `id version editVersion status periodFrom periodTo content annotations { section text } publishedAt`;
const GENERATE = `mutation($p: ID!, $to: String) { generateAssessment(panelId: $p, periodTo: $to) { ${FIELDS} } }`;
const ANNOTATE = `mutation($i: AnnotateAssessmentInput!) { annotateAssessment(input: $i) { ${FIELDS} } }`;
const PUBLISH = `mutation($id: ID!, $v: Int!) { publishAssessment(id: $id, version: $v) { ${FIELDS} } }`;
const REVISE = `mutation($id: ID!) { reviseAssessment(id: $id) { ${FIELDS} } }`;
const LIST = `query($p: ID!) { assessments(panelId: $p) { id version status } }`;
const ONE = `query($id: ID!) { assessment(id: $id) { id status } }`;

type A = {
  id: string;
  version: number;
  editVersion: number;
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
      { i: { id: draft.id, section: 'outcomes', text: '  Strong Pursue results.\u0007 ', editVersion: 1 } },
      { session: chair },
    );
    expect(note.data?.annotateAssessment.annotations).toEqual([{ section: 'outcomes', text: 'Strong Pursue results.' }]);
    const badSection = await t.gql(ANNOTATE, { i: { id: draft.id, section: 'nope', text: 'x', editVersion: 1 } }, { session: chair });
    expect(badSection.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const tooLong = await t.gql(ANNOTATE, { i: { id: draft.id, section: 'summary', text: 'x'.repeat(4001), editVersion: 1 } }, { session: chair });
    expect(tooLong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    // Members see only published versions.
    expect((await t.gql<{ assessments: A[] }>(LIST, { p: p.panelId }, { session: partner })).data?.assessments).toEqual([]);
    expect((await t.gql(ONE, { id: draft.id }, { session: partner })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const pub = await t.gql<{ publishAssessment: A }>(PUBLISH, { id: draft.id, v: 1 }, { session: chair });
    expect(pub.data?.publishAssessment.status).toBe('PUBLISHED');
    expect((await t.gql<{ assessment: A }>(ONE, { id: draft.id }, { session: partner })).data?.assessment.status).toBe('PUBLISHED');

    const locked = await t.gql(ANNOTATE, { i: { id: draft.id, section: 'summary', text: 'Late change', editVersion: 2 } }, { session: chair });
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

  it('answers a note saved on a stale draft with CONFLICT when its own section changed meanwhile, and writes nothing', async () => {
    const gen = await t.gql<{ generateAssessment: A }>(GENERATE, { p: p.panelId, to: '2025-12-31' }, { session: chair });
    const draft = gen.data!.generateAssessment;
    const coordinator = await t.signIn(p.users.COORDINATOR.email, TEST_PASSWORD);
    const note = (session: string, section: string, text: string, editVersion: number) =>
      t.gql<{ annotateAssessment: A }>(ANNOTATE, { i: { id: draft.id, section, text, editVersion } }, { session });
    const theirs = await note(chair, 'outcomes', 'Fewer arrests than hoped.', draft.editVersion);
    expect(theirs.data?.annotateAssessment.editVersion).toBe(draft.editVersion + 1);
    // A note on another section, written on the same draft, does not clash with theirs.
    const other = await note(coordinator, 'trends', 'Scores falling since March.', draft.editVersion);
    expect(other.errors).toBeUndefined();
    expect(other.data?.annotateAssessment.annotations).toEqual([
      { section: 'trends', text: 'Scores falling since March.' },
      { section: 'outcomes', text: 'Fewer arrests than hoped.' },
    ]);

    const row = () => t.dataSource.query(`SELECT annotations, edit_version FROM assessment WHERE id = $1`, [draft.id]);
    const audited = () => t.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE entity_id = $1`, [draft.id]);
    const before = [await row(), await audited()];
    const stale = await note(coordinator, 'outcomes', 'Strong Pursue results.', draft.editVersion);
    expect(stale.errors?.[0]?.message).toContain(': Chair’s note on outcomes of disruption activity changed.');
    expect(stale.errors?.[0]?.extensions).toEqual({ code: 'CONFLICT', changedFields: ['outcomes'] });
    expect([await row(), await audited()]).toEqual(before);
    // Written again on the newer version, it is saved.
    const again = await note(coordinator, 'outcomes', 'Strong Pursue results.', other.data!.annotateAssessment.editVersion);
    expect(again.data?.annotateAssessment.annotations).toContainEqual({ section: 'outcomes', text: 'Strong Pursue results.' });
  });

  /** The PDF as bytes, with its status and type. */
  const pdf = async (id: string, session?: string) => {
    let req = request(t.app.getHttpServer()).get(`/assessments/${id}/assessment.pdf`);
    if (session) req = req.set('Cookie', session);
    const res = await req.buffer(true).parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => cb(null, Buffer.concat(chunks)));
    });
    return { status: res.status, type: String(res.headers['content-type'] ?? ''), body: res.body as Buffer };
  };

  it('prints the assessment as a marked document in words, its rows in a stated order, for those who may read it', async () => {
    // The outcome report's first half of 2026 (five groups, scores, disruptions, seizures), with crime types,
    // emerging threats and high-harm places added, as a demo panel would have them.
    const q = await createPanel(t.dataSource);
    await seedOutcomes(t.dataSource, q);
    const types: [string, string[]][] = [
      ['O-1', ['DRUGS_SUPPLY', 'MONEY_LAUNDERING']],
      ['O-2', ['DRUGS_SUPPLY']],
      ['O-3', ['FRAUD']],
      ['O-4', ['COUNTY_LINES_CCE', 'DRUGS_SUPPLY']],
      ['O-5', ['FRAUD']],
    ];
    for (const [ref, crimeTypes] of types)
      await t.dataSource.query(`UPDATE ocg SET crime_types = $3 WHERE panel_id = $1 AND reference = $2`, [q.panelId, ref, crimeTypes]);
    const threats: [string, string, string | null, string | null, string][] = [
      ['Vape shops', 'ON_AGENDA', 'ORGANISED_RETAIL_CRIME', 'Westgate', '2026-05-01 09:00Z'],
      ['Cash couriers', 'DISCUSSED', 'MONEY_LAUNDERING', 'Eastfield', '2026-02-01 09:00Z'],
      ['Anabolic steroids', 'RAISED', null, null, '2026-03-15 09:00Z'],
    ];
    for (const [title, status, crimeType, area, at] of threats)
      await t.dataSource.query(
        `INSERT INTO emerging_threat (panel_id, title, description, status, crime_type, area, created_at) VALUES ($1, $2, 'Seen', $3, $4, $5, $6)`,
        [q.panelId, title, status, crimeType, area, at],
      );
    for (const [label, area] of [
      ['Underpass', 'Westgate'],
      ['Car wash', 'Eastfield'],
      ['Nail bar', 'Eastfield'],
      ['Lay-by', undefined],
    ])
      await addPlace(t.dataSource, q.panelId, { label: label as string, area, highHarm: true });
    const qChair = await t.signIn(q.users.CHAIR.email, TEST_PASSWORD);
    const qPartner = await t.signIn(q.users.PARTNER_MEMBER.email, TEST_PASSWORD);
    const draft = (await t.gql<{ generateAssessment: A }>(GENERATE, { p: q.panelId, to: '2026-06-30' }, { session: qChair })).data!
      .generateAssessment;
    await t.gql(
      ANNOTATE,
      { i: { id: draft.id, section: 'crimeTypes', text: 'Drugs supply leads again.', editVersion: draft.editVersion } },
      { session: qChair },
    );

    // A draft is the chair's: to a member it does not exist, to no one signed in it is refused.
    expect((await pdf(draft.id)).status).toBe(401);
    expect((await pdf(draft.id, qPartner)).status).toBe(404);
    expect((await pdf(draft.id, partner)).status).toBe(404);
    const printed = await pdf(draft.id, qChair);
    expect(printed.status).toBe(200);
    expect(printed.type).toBe('application/pdf');
    expect(printed.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // Chromium breaks lines where it must and a line break is no character in the text: compare without spaces.
    const flat = (words: string) => words.replace(/\s+/g, '');
    const text = flat(pdfText(printed.body));

    // The marking heads and foots every page; the title, period, panel and status open the document.
    const pages = printed.body.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;
    expect(pages).toBeGreaterThan(0);
    expect(text.match(/OFFICIAL-SENSITIVE/g)?.length).toBeGreaterThanOrEqual(2 * pages);
    expect(text).toContain(flat('Six-monthly assessment: 1 January 2026 to 30 June 2026'));
    expect(text).toContain(flat('Version 1, draft: not yet published'));
    const [panel] = await t.dataSource.query(`SELECT name FROM panel WHERE id = $1`, [q.panelId]);
    expect(text).toContain(flat(panel.name));

    // Figures against the database, in words: money in pounds, shares as percentages, months and days spelt out.
    const gbp = (n: number) => `£${n.toLocaleString('en-GB', { minimumFractionDigits: Number.isInteger(n) ? 0 : 2, maximumFractionDigits: 2 })}`;
    const [sums] = await t.dataSource.query(
      `SELECT sum(cash_seized_gbp) FILTER (WHERE occurred_on >= '2026-01-01')::float AS cur, sum(cash_seized_gbp) FILTER (WHERE occurred_on < '2026-01-01')::float AS prev,
              count(*) FILTER (WHERE occurred_on >= '2026-01-01')::int AS n, sum(arrests) FILTER (WHERE occurred_on >= '2026-01-01')::int AS arrests
         FROM disruption WHERE panel_id = $1 AND occurred_on BETWEEN '2025-07-01' AND '2026-06-30'`,
      [q.panelId],
    );
    expect(text).toContain(flat(`Cash seized${gbp(sums.prev)}${gbp(sums.cur)}`));
    expect(text).toContain(flat(`Disruptions recorded${sums.n} (previous period 1)`));
    expect(text).toContain(flat(`Arrests${sums.arrests} (previous period 9)`));
    expect(text).toContain(flat('Emerging threats discussed or tasked1 (33%)'));
    expect(text).toContain(flat('Rounds of ammunition seized'));
    expect(text).toContain(flat('January 2026'));
    expect(text).toContain(flat('Cash couriers1 February 2026Money launderingEastfieldDiscussed'));
    expect(text).toContain(flat('Vape shops1 May 2026Organised retail crimeWestgateOn the agenda'));
    expect(text).toContain(flat('Anabolic steroids15 March 2026Not recordedNot recordedRaised'));
    expect(text).toContain(flat('Drugs supply leads again.'));
    for (const raw of ['DRUGS_SUPPLY', 'ON_AGENDA', 'DISCUSSED', 'RAISED', '2026-01-01', '0.33', 'Cash seized gbp', 'cash_seized', 'Coverage'])
      expect(text).not.toContain(flat(raw));
    expect(text).not.toMatch(/Rounds(?!ofammunition)/);

    // Rows in the order each section states: threats as raised, crime types by groups in the period (most first;
    // ties by the previous period, then by name), areas by places (most first; no area last).
    const order = (words: string[]) => words.map((w) => text.indexOf(flat(w)));
    const raised: { title: string }[] = await t.dataSource.query(`SELECT title FROM emerging_threat WHERE panel_id = $1 ORDER BY created_at`, [
      q.panelId,
    ]);
    const at = order(raised.map((r) => `${r.title}1`));
    expect(at.every((i, n) => i > 0 && (n === 0 || i > at[n - 1]))).toBe(true);
    // Each row: earlier, previous and assessed period, so "Fraud012" is none, one, then two groups.
    const crime = order(['Drugs supply013', 'Fraud012', 'County lines and child criminal exploitation011', 'Money laundering001']);
    expect(crime.every((i, n) => i > 0 && (n === 0 || i > crime[n - 1]))).toBe(true);
    const areas = order(['Eastfield2', 'Westgate1', 'Area not recorded1']);
    expect(areas.every((i, n) => i > 0 && (n === 0 || i > areas[n - 1]))).toBe(true);

    // Published, it is every member's, and each file is logged as a disclosure to the reader's agency.
    expect((await t.gql(PUBLISH, { id: draft.id, v: 1 }, { session: qChair })).errors).toBeUndefined();
    const theirs = await pdf(draft.id, qPartner);
    expect(theirs.status).toBe(200);
    expect(pdfText(theirs.body).replace(/\s+/g, '')).toMatch(/Version1,published\d{1,2}[A-Z][a-z]+20\d\d/);
    const logged: { n: number }[] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM consultation WHERE action = 'DISCLOSE' AND channel = 'DOCUMENT' AND $1 = ANY(subjects)`,
      [`Assessment:${draft.id}`],
    );
    expect(logged[0].n).toBe(2);
  }, 60_000);
});
