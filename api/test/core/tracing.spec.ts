import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/core/database/data-source-options.js';
import { createPanel, TEST_PASSWORD, type PanelFixture } from '../support/fixtures.js';
import { testDatabaseUrls } from '../support/migrated.js';
import { TEST_SECOND_FACTOR_KEY } from '../support/test-app.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');

interface Span {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes: { key: string; value: Record<string, unknown> }[];
}

function listen(server: http.Server | net.Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port)));
}

/** A local OTLP/HTTP receiver: keeps every span sent to /v1/traces as JSON. */
function otlpReceiver(spans: Span[]): http.Server {
  return http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      if (req.url === '/v1/traces') {
        const sent = JSON.parse(body) as { resourceSpans: { scopeSpans: { spans: Span[] }[] }[] };
        for (const r of sent.resourceSpans) for (const s of r.scopeSpans) spans.push(...s.spans);
      }
      res.writeHead(200, { 'Content-Type': 'application/json' }).end('{}');
    });
  });
}

async function until<T>(what: string, read: () => T | undefined | Promise<T | undefined>): Promise<T> {
  for (let i = 0; i < 600; i++) {
    const value = await read();
    if (value) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`gave up waiting for ${what}`);
}

describe('traces over OTLP (OTEL_EXPORTER_OTLP_ENDPOINT)', () => {
  const spans: Span[] = [];
  const receiver = otlpReceiver(spans);
  let api: ChildProcess;
  let base: string;
  let owner: DataSource;
  let p: PanelFixture;

  beforeAll(async () => {
    const urls = await testDatabaseUrls();
    owner = await new DataSource(dataSourceOptions(urls.owner, { extra: { max: 2 } })).initialize();
    p = await createPanel(owner);
    const otlpPort = await listen(receiver);
    const probe = net.createServer();
    const port = await listen(probe);
    await new Promise((r) => probe.close(r));
    base = `http://127.0.0.1:${port}`;
    api = spawn(process.execPath, [path.join(ROOT, 'api/dist/main.js')], {
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'test',
        PORT: String(port),
        APP_DATABASE_URL: urls.app,
        SECOND_FACTOR_KEY: TEST_SECOND_FACTOR_KEY,
        LOG_LEVEL: 'error',
        OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${otlpPort}`,
        OTEL_BSP_SCHEDULE_DELAY: '100',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    api.stdout?.on('data', (d) => (output += d));
    api.stderr?.on('data', (d) => (output += d));
    api.once('exit', (code) => {
      if (code) console.error(`The API exited with ${code}:\n${output}`);
    });
    await until('the API to listen', () =>
      fetch(`${base}/health/live`).then(
        (r) => r.ok,
        () => false,
      ),
    );
    // A process of its own, started from the build: longer than one test's time on a loaded machine.
  }, 120_000);
  afterAll(async () => {
    api.kill('SIGTERM');
    await new Promise((r) => api.once('exit', r));
    receiver.close();
    await owner.destroy();
  });

  it('sends a trace of a request: its HTTP span, its GraphQL operation and root field, and its SQL statements', async () => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation SignIn($i: SignInInput!) { signIn(input: $i) { id } }',
        variables: { i: { email: p.users.CHAIR.email, password: TEST_PASSWORD } },
        operationName: 'SignIn',
      }),
    });
    expect(res.status).toBe(200);
    const server = await until('the HTTP span', () => spans.find((s) => s.kind === 2 && s.name.startsWith('POST')));
    const trace = await until('the SQL spans', () => {
      const of = spans.filter((s) => s.traceId === server.traceId);
      return of.some((s) => s.name.startsWith('pg.query')) && of.some((s) => s.name.includes('signIn')) ? of : undefined;
    });
    const names = trace.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['mutation SignIn', 'graphql.resolve signIn']));
    expect(names.filter((n) => n.startsWith('pg.query:SELECT')).length).toBeGreaterThan(0);
    // Nothing below the root field is a span of its own.
    expect(names.filter((n) => n.startsWith('graphql.resolve'))).toEqual(['graphql.resolve signIn']);
    // Neither the password nor the address is in any span.
    const sent = JSON.stringify(spans);
    expect(sent).not.toContain(TEST_PASSWORD);
    expect(sent).not.toContain(p.users.CHAIR.email);
    expect(sent).toMatch(/"db\.(statement|query\.text)"/);
  });

  it('keeps the values written into a query out of its spans', async () => {
    const before = spans.length;
    await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation Inline { signIn(input: { email: "inline.person@example.test", password: "inline-secret-value" }) { id } }',
      }),
    });
    await until('the inline request', () => spans.slice(before).find((s) => s.name === 'mutation Inline'));
    const sent = JSON.stringify(spans.slice(before));
    expect(sent).not.toContain('inline-secret-value');
    expect(sent).not.toContain('inline.person@example.test');
  });

  it('sends no trace of a health check', async () => {
    await fetch(`${base}/health/ready`);
    await fetch(`${base}/graphql`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"query":"{ __typename }"}' });
    await until('the later request', () => spans.filter((s) => s.kind === 2).length >= 2);
    const urls = spans.flatMap((s) =>
      s.attributes.filter((a) => a.key === 'url.path' || a.key === 'http.target').map((a) => String(a.value.stringValue)),
    );
    expect(urls.some((u) => u.startsWith('/health'))).toBe(false);
  });
});
