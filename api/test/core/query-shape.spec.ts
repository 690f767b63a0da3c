import request from 'supertest';
import WebSocket from 'ws';
import { LIMITS } from '@sentinel/shared';
import { createPanel, TEST_PASSWORD, type PanelFixture } from '../support/fixtures.js';
import { SqlCounter } from '../support/sql-counter.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { collect, wsClient } from '../support/ws-client.js';

interface Answer {
  status: number;
  errors?: { message: string; extensions?: { code?: string; field?: string } }[];
  data?: unknown;
  /** SQL the app sent for this request, less the session lookup every request makes. */
  work: string[];
}

const aliases = (n: number, field: string) => Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ');

describe('the shape of a request is bounded before anything runs', () => {
  let t: TestApp;
  let p: PanelFixture;
  let chair: string;
  const sql = new SqlCounter();
  sql.keep = true;

  /** Sends a body as it is (an object or a batch array) and keeps the HTTP status and the SQL it caused. */
  const send = async (body: object, session = chair): Promise<Answer> => {
    sql.statements = [];
    const res = await request(t.app.getHttpServer())
      .post('/graphql')
      .set('Content-Type', 'application/json')
      .set('X-Forwarded-For', '10.254.0.1')
      .set('Cookie', session)
      .send(body);
    const work = sql.statements.filter((s) => !/^SELECT v FROM session_viewer|user_session/.test(s));
    return { status: res.status, errors: res.body.errors, data: res.body.data, work };
  };

  const refused = (answer: Answer, code: string, message?: RegExp) => {
    expect({ status: answer.status, code: answer.errors?.[0]?.extensions?.code, data: answer.data }).toEqual({ status: 400, code, data: undefined });
    if (message) expect(answer.errors?.[0]?.message).toMatch(message);
    // Nothing ran: no statement beyond reading the session.
    expect(answer.work).toEqual([]);
    expect(JSON.stringify(answer.errors)).not.toMatch(/stacktrace|\(\S+:\d+:\d+\)/);
  };

  beforeAll(async () => {
    t = await startTestApp({}, sql);
    p = await createPanel(t.dataSource);
    chair = await t.signIn(p.users.CHAIR.email, TEST_PASSWORD);
  });
  afterAll(() => t.close());

  it('runs an ordinary request, and the filter sees its SQL (so an empty list below means nothing ran)', async () => {
    const ok = await send({ query: 'query($p: ID!) { members(panelId: $p) { totalCount } }', variables: { p: p.panelId } });
    expect(ok.status).toBe(200);
    expect(ok.errors).toBeUndefined();
    expect(ok.work.length).toBeGreaterThan(0);
  });

  it('answers a variable of the wrong type with 400 BAD_USER_INPUT naming the variable', async () => {
    const limit = await send({
      query: 'query($p: ID!, $l: Int) { members(panelId: $p, limit: $l) { totalCount } }',
      variables: { p: p.panelId, l: 'abc' },
    });
    refused(limit, 'BAD_USER_INPUT', /\$l/);
    expect(limit.errors?.[0]?.extensions?.field).toBe('l');
    const missing = await send({ query: 'query($p: ID!) { members(panelId: $p) { totalCount } }', variables: {} });
    refused(missing, 'BAD_USER_INPUT', /\$p/);
    const nested = await send({
      query: 'mutation($i: SignInInput!) { signIn(input: $i) { id } }',
      variables: { i: { email: 'a@b.c', password: 5, extra: 1 } },
    });
    refused(nested, 'BAD_USER_INPUT');
    expect(nested.errors?.[0]?.extensions?.field).toMatch(/^i(\.|$)/);
  });

  it('refuses an explicit null for a non-null argument with a default as bad input, before anything runs', async () => {
    const answer = await send({
      query: 'query($p: ID!, $l: Int) { members(panelId: $p, limit: $l) { totalCount } }',
      variables: { p: p.panelId, l: null },
    });
    refused(answer, 'BAD_USER_INPUT', /limit/);
  });

  it('answers a validation error with 400', async () => {
    refused(await send({ query: '{ viewr { id } }' }), 'GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses an operation nested 50 levels deep', async () => {
    const deep = `{ viewer { ${'f { '.repeat(49)} x ${'} '.repeat(49)} } }`;
    const answer = await send({ query: deep });
    refused(answer, 'GRAPHQL_VALIDATION_FAILED');
    expect(answer.errors?.map((e) => e.message)).toContainEqual(expect.stringMatching(/exceeds maximum operation depth of 10/));
  });

  it('refuses 1,000 aliases', async () => {
    refused(await send({ query: `{ ${aliases(1000, '__typename')} }` }), 'QUERY_TOO_LARGE');
    refused(await send({ query: `{ viewer { ${aliases(1000, 'id')} } }` }), 'QUERY_TOO_LARGE', /aliases/);
  });

  it('refuses more root fields than allowed, and accepts as many as allowed', async () => {
    const ok = await send({ query: `{ ${aliases(LIMITS.rootFieldsMax, 'viewer { id }')} }` });
    expect([ok.status, ok.errors]).toEqual([200, undefined]);
    refused(await send({ query: `{ ${aliases(LIMITS.rootFieldsMax + 1, 'viewer { id }')} }` }), 'QUERY_TOO_LARGE', /top-level fields/);
  });

  it.each([
    ['linkChart', 'linkChart(panelId: $p) { __typename }'],
    ['threatPicture', 'threatPicture(panelId: $p) { __typename }'],
    ['outcomeReport', 'outcomeReport(panelId: $p, from: "2026-01-01", to: "2026-06-30") { disruptions }'],
  ])('refuses 150 aliases of %s, and 3, but runs 1', async (name, field) => {
    const many = await send({ query: `query($p: ID!) { ${aliases(150, field)} }`, variables: { p: p.panelId } });
    refused(many, 'QUERY_TOO_LARGE', new RegExp(`150 reports or files at once \\(${name}\\)`));
    refused(await send({ query: `query($p: ID!) { ${aliases(LIMITS.heavyFieldsMax + 1, field)} }`, variables: { p: p.panelId } }), 'QUERY_TOO_LARGE');
    const one = await send({ query: `query($p: ID!) { ${aliases(1, field)} }`, variables: { p: p.panelId } });
    expect([one.status, one.errors]).toEqual([200, undefined]);
  });

  it('refuses 150 (and 3) outcome-report PDFs in one request before printing any', async () => {
    const pdf = 'exportOutcomeReport(panelId: $p, from: "2026-01-01", to: "2026-06-30", format: PDF) { filename }';
    const audited = async () => (await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE panel_id = $1`, [p.panelId]))[0].n;
    const before = await audited();
    refused(
      await send({ query: `mutation($p: ID!) { ${aliases(150, pdf)} }`, variables: { p: p.panelId } }),
      'QUERY_TOO_LARGE',
      /exportOutcomeReport/,
    );
    refused(await send({ query: `mutation($p: ID!) { ${aliases(3, pdf)} }`, variables: { p: p.panelId } }), 'QUERY_TOO_LARGE');
    expect(await audited()).toBe(before);
  });

  it('refuses 10,000 fields spread out through fragments, in a short document', async () => {
    const fields = 'id name email isAdmin agencyId id name email isAdmin agencyId';
    const query = `{ viewer { ...A } }
      fragment A on Viewer { ${'...B '.repeat(10)} }
      fragment B on Viewer { ${'...C '.repeat(10)} }
      fragment C on Viewer { ${'...D '.repeat(10)} }
      fragment D on Viewer { ${fields} }`;
    expect(query.length).toBeLessThan(LIMITS.documentLengthMax);
    refused(await send({ query }), 'QUERY_TOO_LARGE', /fields/);
  });

  it('refuses 10,000 fields written out, as a document too long', async () => {
    refused(await send({ query: `{ viewer { ${aliases(10_001, 'id')} } }` }), 'DOCUMENT_TOO_LARGE', /characters/);
  });

  it('refuses an oversize document with its own code before parsing it', async () => {
    const query = `{ viewer { id } } # ${'x'.repeat(LIMITS.documentLengthMax)}`;
    refused(await send({ query }), 'DOCUMENT_TOO_LARGE', new RegExp(`at most ${LIMITS.documentLengthMax}`));
  });

  it('refuses a batch of operations in one HTTP request', async () => {
    const batch = await send(
      Array.from({ length: 100 }, () => ({ query: `query($p: ID!) { linkChart(panelId: $p) { __typename } }`, variables: { p: p.panelId } })),
    );
    refused(batch, 'BAD_REQUEST', /batching/i);
  });

  it('answers a subscription sent over HTTP with its own code', async () => {
    const sub = await send({ query: 'subscription($p: ID!) { taskChanged(panelId: $p) { reference } }', variables: { p: p.panelId } });
    refused(sub, 'SUBSCRIPTION_OVER_HTTP', /WebSocket/);
  });

  describe('over the WebSocket', () => {
    let url: string;
    beforeAll(async () => {
      url = await t.listen();
    });

    it('closes a socket from the "null" origin cleanly, as forbidden', async () => {
      const socket = new WebSocket(url.replace(/^http/, 'ws') + '/graphql', 'graphql-transport-ws', { headers: { origin: 'null', cookie: chair } });
      const closed = new Promise<{ code: number; reason: string }>((resolve) =>
        socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
      );
      socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init' })));
      expect(await closed).toEqual({ code: 4403, reason: 'Forbidden' });
    });

    it('refuses the same shapes over the socket', async () => {
      const client = wsClient(url, chair);
      try {
        const heavy = collect(client, `query($p: ID!) { ${aliases(150, 'linkChart(panelId: $p) { __typename }')} }`, { p: p.panelId });
        await heavy.done;
        expect((heavy.errors[0] as { extensions?: { code?: string } }[])[0]?.extensions?.code).toBe('QUERY_TOO_LARGE');
        const long = collect(client, `{ viewer { id } } # ${'x'.repeat(LIMITS.documentLengthMax)}`, {});
        await long.done;
        expect((long.errors[0] as { extensions?: { code?: string } }[])[0]?.extensions?.code).toBe('DOCUMENT_TOO_LARGE');
      } finally {
        await client.dispose();
      }
    });
  });
});
