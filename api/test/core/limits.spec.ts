import { createPanel, TEST_PASSWORD, type PanelFixture } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('request limits and error hygiene', () => {
  let t: TestApp;
  let prod: TestApp;
  let p: PanelFixture;
  let chair: string;
  beforeAll(async () => {
    t = await startTestApp();
    prod = await startTestApp({ NODE_ENV: 'production' });
    p = await createPanel(t.dataSource);
    chair = await t.signIn(p.users.CHAIR.email, TEST_PASSWORD);
  });
  afterAll(async () => {
    await t.close();
    await prod.close();
  });

  it('refuses an operation nested deeper than 10 levels', async () => {
    const open = Array.from({ length: 12 }, (_, i) => `f${i} {`).join(' ');
    const res = await t.gql(`{ viewer { ${open} x ${'}'.repeat(12)} } }`, {}, { session: chair });
    expect(res.errors?.map((e) => e.message).join('\n')).toMatch(/exceeds maximum operation depth of 10/);
  });

  it('refuses an operation that costs more than 2,000, and accepts a full page', async () => {
    const page = (alias: string) => `${alias}: members(panelId: "${p.panelId}", limit: 100) { nodes { name role agency { name } } }`;
    const one = await t.gql(`{ ${page('a')} }`, {}, { session: chair });
    expect(one.errors).toBeUndefined();
    const five = await t.gql(`{ ${['a', 'b', 'c', 'd', 'e'].map(page).join(' ')} }`, {}, { session: chair });
    expect(five.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(five.errors?.[0]?.message).toMatch(/too expensive/);
  });

  it('costs the same query text again for each page size asked for in its variables', async () => {
    const query = `query($n: Int!) { ${['a', 'b', 'c', 'd', 'e'].map((a) => `${a}: members(panelId: "${p.panelId}", limit: $n) { nodes { name role agency { name } } }`).join(' ')} }`;
    expect((await t.gql(query, { n: 10 }, { session: chair })).errors).toBeUndefined();
    expect((await t.gql(query, { n: 100 }, { session: chair })).errors?.[0]?.message).toMatch(/too expensive/);
    expect((await t.gql(query, { n: 10 }, { session: chair })).errors).toBeUndefined();
    expect((await t.gql(query, { n: 100 }, { session: chair })).errors?.[0]?.message).toMatch(/too expensive/);
  });

  it('refuses an offset past the bound, and never shows a stack or SQL', async () => {
    const res = await t.gql(`{ agencies(panelId: "${p.panelId}", offset: 100001) { totalCount } }`, {}, { session: chair });
    expect(res.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'offset' });
    const text = JSON.stringify(await t.gql('{ viewer { nope } }', {}, { session: chair }));
    expect(text).not.toMatch(/stacktrace|at \w+ \(|SELECT/);
  });

  it('keeps introspection and field suggestions in development only', async () => {
    const introspect = '{ __schema { queryType { name } } }';
    expect((await t.gql(introspect)).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    expect((await prod.gql(introspect)).errors?.[0]?.message).toMatch(/introspection/i);
    const typo = '{ viewr { id } }';
    expect((await t.gql(typo)).errors?.[0]?.message).toMatch(/Did you mean "viewer"/);
    const prodTypo = await prod.gql(typo);
    expect(prodTypo.errors?.[0]?.message).toMatch(/Cannot query field/);
    expect(prodTypo.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });
});

describe('request errors', () => {
  let t: TestApp;
  let p: PanelFixture;
  let chair: string;
  beforeAll(async () => {
    t = await startTestApp();
    p = await createPanel(t.dataSource);
    chair = await t.signIn(p.users.CHAIR.email, TEST_PASSWORD);
  });
  afterAll(() => t.close());

  it('answers a variable of the wrong type or an unknown enum value as bad input, not as a failure', async () => {
    const role = await t.gql(
      'query($r: PanelRole) { members(panelId: "' + p.panelId + '", role: $r) { totalCount } }',
      { r: 'NOPE' },
      { session: chair },
    );
    expect(role.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(role.errors?.[0]?.message).toMatch(/NOPE/);
    const limit = await t.gql('query($l: Int) { members(panelId: "' + p.panelId + '", limit: $l) { totalCount } }', { l: 'abc' }, { session: chair });
    expect(limit.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
