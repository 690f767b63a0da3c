import { addDays, londonToday } from '@sentinel/shared';
import { unstorableScalar } from '../../src/core/errors/validation.pipe.js';
import { draftRows, type RowError } from '../../src/modules/records-io/import-rows.js';
import { addOcgs } from '../disruptions/records-fixtures.js';
import { createPanel, TEST_PASSWORD, type PanelFixture } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * What no field may hold, refused before it reaches the database: a NUL character or a lone surrogate in any
 * text (PostgreSQL refuses both), a day that does not exist, a number the column cannot store. Each answer is
 * BAD_USER_INPUT naming the field, and nothing is written.
 */
const ALLOCATE = 'mutation($i: AllocateTaskInput!) { allocateTask(input: $i) { id } }';
const NOMINAL = 'mutation($i: CreateNominalInput!) { createNominal(input: $i) { id } }';
const OCG = 'mutation($i: CreateOcgInput!) { createOcg(input: $i) { id } }';
const MEMBER = 'mutation($i: AddMemberInput!) { addMember(input: $i) { member { id } } }';
const DISRUPTION = 'mutation($i: RecordDisruptionInput!) { recordDisruption(input: $i) { id } }';
const INTELLIGENCE = 'mutation($i: RecordIntelligenceInput!) { recordIntelligence(input: $i) { id } }';
const REPORT = 'query($p: ID!, $f: String!, $t: String!) { outcomeReport(panelId: $p, from: $f, to: $t) { __typename } }';
const SEARCH = 'query($p: ID!, $s: String) { agencies(panelId: $p, search: $s) { totalCount } }';

describe('values no field may hold', () => {
  let t: TestApp;
  let p: PanelFixture;
  let chair: string;
  let ocgId: string;
  beforeAll(async () => {
    t = await startTestApp();
    p = await createPanel(t.dataSource);
    chair = await t.signIn(p.users.CHAIR.email, TEST_PASSWORD);
    [ocgId] = await addOcgs(t.dataSource, p.panelId, 1, 'Values');
  });
  afterAll(() => t.close());

  const count = async (table: string) =>
    (await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table} WHERE panel_id = $1`, [p.panelId]))[0].n as number;
  const refusal = async (query: string, variables: Record<string, unknown>) => {
    const res = await t.gql(query, variables, { session: chair });
    expect(res.data ?? null).toBeNull();
    return { ...res.errors?.[0]?.extensions, message: res.errors?.[0]?.message };
  };
  const task = (over: Record<string, unknown>) => ({ i: { panelId: p.panelId, title: 'Visit the car wash', agencyId: p.agencies.HMRC, ...over } });
  const nominal = (over: Record<string, unknown>) => ({ i: { panelId: p.panelId, surname: 'Bloggs', forenames: 'Jo', ...over } });

  it('refuses a NUL character in text, naming the field, and writes nothing', async () => {
    const before = await count('task');
    expect(await refusal(ALLOCATE, task({ title: 'Visit the\u0000car wash' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'title',
      message: expect.stringMatching(/null character/),
    });
    expect(await refusal(ALLOCATE, task({ description: '\u0000' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'description' });
    expect(await count('task')).toBe(before);
    // In a list, the item is named; in a search, the argument.
    expect(await refusal(NOMINAL, nominal({ aliases: ['Smudge', 'J\u0000'] }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'aliases.1' });
    expect(await refusal(SEARCH, { p: p.panelId, s: 'HM\u0000RC' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'search' });
  });

  it('refuses a lone surrogate in an email or a name, and writes nothing', async () => {
    const members = (await t.dataSource.query(`SELECT count(*)::int AS n FROM membership WHERE panel_id = $1`, [p.panelId]))[0].n;
    const member = { panelId: p.panelId, agencyId: p.agencies.HMRC, role: 'PARTNER_MEMBER', name: 'Sam Partner' };
    expect(await refusal(MEMBER, { i: { ...member, email: 'sam\ud800@example.test' } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'email',
      message: expect.stringMatching(/surrogate/),
    });
    expect(await refusal(MEMBER, { i: { ...member, email: 'sam@example.test', name: 'Sam \udc00' } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'name',
    });
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM membership WHERE panel_id = $1`, [p.panelId]))[0].n).toBe(members);
    // A pair of surrogates is one real character, and is kept.
    const kept = await t.gql<{ createNominal: { id: string } }>(NOMINAL, nominal({ forenames: 'Jo 😀' }), { session: chair });
    expect(kept.errors).toBeUndefined();
  });

  it('refuses a day that does not exist, or a year out of range, in every kind of date', async () => {
    const tasks = await count('task');
    const nominals = await count('nominal');
    const ocgs = await count('ocg');
    expect(await refusal(ALLOCATE, task({ dueOn: '2026-02-30' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'dueOn',
      message: expect.stringMatching(/real date/),
    });
    expect(await refusal(NOMINAL, nominal({ dateOfBirth: '2025-02-29' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'dateOfBirth' });
    expect(await refusal(NOMINAL, nominal({ dateOfBirth: '0000-01-01' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'dateOfBirth' });
    const group = { panelId: p.panelId, name: 'Operation Birch', status: 'ACTIVE', crimeTypes: [], areas: [] };
    expect(await refusal(OCG, { i: { ...group, nextReviewOn: '2026-13-01' } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'nextReviewOn' });
    expect(await refusal(OCG, { i: { ...group, dateMapped: '9999-12-31' } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'dateMapped' });
    expect(await refusal(REPORT, { p: p.panelId, f: '2026-02-30', t: '2026-03-31' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
    expect([await count('task'), await count('nominal'), await count('ocg')]).toEqual([tasks, nominals, ocgs]);
    // A leap day that exists is a date like any other.
    expect((await t.gql(NOMINAL, nominal({ dateOfBirth: '2024-02-29' }), { session: chair })).errors).toBeUndefined();
  });

  it('refuses a review date in the past or before the group was mapped, a group mapped or a person born in the future', async () => {
    const [ocgs, nominals] = [await count('ocg'), await count('nominal')];
    const group = { panelId: p.panelId, name: 'Operation Birch', status: 'ACTIVE', crimeTypes: [], areas: [] };
    const today = londonToday();
    expect(await refusal(OCG, { i: { ...group, nextReviewOn: '2025-01-01' } })).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'nextReviewOn',
      message: 'Next review date must be today or in the future',
    });
    expect(await refusal(OCG, { i: { ...group, dateMapped: addDays(today, 20), nextReviewOn: addDays(today, 10) } })).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'dateMapped',
      message: 'Date mapped must be today or in the past',
    });
    expect(await refusal(OCG, { i: { ...group, dateMapped: today, nextReviewOn: today } })).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'nextReviewOn',
      message: 'Next review date must be after date mapped',
    });
    expect(await refusal(NOMINAL, nominal({ nextReviewOn: '2025-01-01' }))).toMatchObject({
      field: 'nextReviewOn',
      message: /today or in the future/,
    });
    expect(await refusal(NOMINAL, nominal({ dateOfBirth: addDays(today, 1) }))).toMatchObject({
      field: 'dateOfBirth',
      message: /today or in the past/,
    });
    expect([await count('ocg'), await count('nominal')]).toEqual([ocgs, nominals]);
    const mapped = await t.gql(OCG, { i: { ...group, dateMapped: addDays(today, -30), nextReviewOn: addDays(today, 1) } }, { session: chair });
    expect(mapped.errors).toBeUndefined();
  });

  it('refuses text longer than its field takes with the field named and its label, and cuts nothing', async () => {
    const counts = async () => Promise.all(['task', 'nominal', 'intelligence'].map(count));
    const before = await counts();
    const disruptions = (await t.dataSource.query(`SELECT count(*)::int AS n FROM disruption WHERE ocg_id = $1`, [ocgId]))[0].n;
    const long = (n: number) => 'x'.repeat(n);
    expect(await refusal(ALLOCATE, task({ title: long(400) }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'title',
      message: 'Title must be 200 characters or fewer',
    });
    expect(await refusal(ALLOCATE, task({ description: long(12_000) }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'description',
      message: 'Description must be 4,000 characters or fewer',
    });
    expect(await refusal(NOMINAL, nominal({ surname: long(101) }))).toMatchObject({
      field: 'surname',
      message: 'Surname must be 100 characters or fewer',
    });
    expect(await refusal(NOMINAL, nominal({ aliases: ['Smudge', long(101)] }))).toMatchObject({
      field: 'aliases',
      message: 'Each of the aliases must be 100 characters or fewer',
    });
    const disruption = { ocgId, occurredOn: '2026-03-01', strand: 'PURSUE', tacticHeading: 'BUSINESS', impact: 'MINOR', rationale: 'Short' };
    expect(await refusal(DISRUPTION, { i: { ...disruption, description: long(2001) } })).toMatchObject({
      field: 'description',
      message: 'Description must be 2,000 characters or fewer',
    });
    const intelligence = {
      panelId: p.panelId,
      subjectKind: 'OCG',
      subjectId: ocgId,
      recordedOn: '2026-03-01',
      sourceGrade: 'S1',
      intelligenceGrade: 'A',
      handling: 'P',
    };
    const entry = await t.gql(INTELLIGENCE, { i: { ...intelligence, text: long(5001) } }, { session: chair });
    expect(entry.errors?.[0]).toMatchObject({ message: /5,000 characters or fewer/, extensions: { code: 'BAD_USER_INPUT', field: 'text' } });
    expect(await counts()).toEqual(before);
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM disruption WHERE ocg_id = $1`, [ocgId]))[0].n).toBe(disruptions);
    // At the limit exactly, the whole text is kept.
    const kept = await t.gql<{ allocateTask: { id: string } }>(ALLOCATE, task({ title: long(200), description: long(4000) }), { session: chair });
    const [row] = await t.dataSource.query(`SELECT length(title) AS t, length(description) AS d FROM task WHERE id = $1`, [
      kept.data!.allocateTask.id,
    ]);
    expect(row).toEqual({ t: 200, d: 4000 });
  });

  it('refuses a denormal or over-precise figure in a disruption’s outcomes, naming it, and writes nothing', async () => {
    const disruption = (outcomes: Record<string, unknown>) => ({
      i: {
        ocgId,
        occurredOn: '2026-03-01',
        strand: 'PURSUE',
        tacticHeading: 'BUSINESS',
        description: 'Premises licence review',
        impact: 'MODERATE',
        rationale: 'The front closed for six weeks.',
        outcomes,
      },
    });
    const before = (await t.dataSource.query(`SELECT count(*)::int AS n FROM disruption WHERE ocg_id = $1`, [ocgId]))[0].n;
    expect(await refusal(DISRUPTION, disruption({ custodialYears: 1e-320 }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'outcomes.custodialYears',
    });
    expect(await refusal(DISRUPTION, disruption({ cashSeizedGbp: 1e-7 }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'outcomes.cashSeizedGbp',
      message: expect.stringMatching(/2 decimal places/),
    });
    expect(await refusal(DISRUPTION, disruption({ drugsSeized: [{ type: 'Cocaine', kg: 0.0001 }] }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'outcomes.drugsSeized.0.kg',
    });
    expect(await refusal(DISRUPTION, disruption({ cashSeizedGbp: 1e15 }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'outcomes.cashSeizedGbp' });
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM disruption WHERE ocg_id = $1`, [ocgId]))[0].n).toBe(before);
    const kept = await t.gql(
      DISRUPTION,
      disruption({ custodialYears: 4.5, cashSeizedGbp: 12500.55, drugsSeized: [{ type: 'Cocaine', kg: 1.125 }] }),
      { session: chair },
    );
    expect(kept.errors).toBeUndefined();
  });
});

describe('the first value no field may hold, at any depth', () => {
  it('names its path inside the argument', () => {
    expect(unstorableScalar({ title: 'ok', outcomes: { drugsSeized: [{ type: 'ok' }, { type: 'a\u0000' }] } }, '')).toEqual([
      'outcomes.drugsSeized.1.type',
      expect.stringMatching(/null character/),
    ]);
    expect(unstorableScalar('\udfff', '')?.[1]).toMatch(/surrogate/);
    expect(unstorableScalar({ n: 5e-324 }, '')?.[0]).toBe('n');
    expect(unstorableScalar({ n: 0, m: -2.5, s: 'Ωmega 😀', list: [null, true] }, '')).toBeNull();
  });
});

describe('an imported cell no field may hold', () => {
  it('becomes a row error naming the field, and the row is not read further', () => {
    const errors: RowError[] = [];
    const columns = ['Surname', 'Forenames', 'Date of birth'];
    const mapping = [
      { column: 'Surname', field: 'SURNAME' as const },
      { column: 'Forenames', field: 'FORENAMES' as const },
      { column: 'Date of birth', field: 'DATE_OF_BIRTH' as const },
    ];
    const rows = [
      { row: 2, cells: ['Bloggs', 'Jo', '1990-05-01'] },
      { row: 3, cells: ['Smith\u0000', 'Al', ''] },
      { row: 4, cells: ['Jones', 'Sam\ud800', '2026-02-30'] },
    ];
    const drafted = draftRows('NOMINALS', columns, rows, mapping, errors);
    expect(errors).toEqual([
      { row: 3, field: 'SURNAME', column: 'Surname', message: expect.stringMatching(/^Surname: remove the null character/) },
      { row: 4, field: 'FORENAMES', column: 'Forenames', message: expect.stringMatching(/^Forenames: remove the broken character/) },
      { row: 4, field: 'DATE_OF_BIRTH', column: 'Date of birth', message: 'Enter a real date as dd/mm/yyyy or yyyy-mm-dd' },
    ]);
    expect(drafted.drafts.map((d) => ('surname' in d ? d.surname : null))).toEqual(['Bloggs', '', 'Jones']);
  });
});
