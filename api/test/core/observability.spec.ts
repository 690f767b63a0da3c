import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { freePort } from '../support/free-port.js';
import { JobsService } from '../../src/core/jobs/jobs.service.js';
import { REMINDER_SCAN_JOB } from '../../src/modules/reminders/reminders.jobs.js';
import { createPanel, TEST_PASSWORD, type PanelFixture } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const ME = 'query Me { viewer { id } }';

function logLines(file: string): Record<string, unknown>[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe('request logs, request ids and metrics', () => {
  let t: TestApp;
  let p: PanelFixture;
  let metricsPort: number;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sentinel-logs-'));
  const logFile = path.join(dir, 'api.log');

  beforeAll(async () => {
    metricsPort = await freePort();
    t = await startTestApp({ LOG_LEVEL: 'log', LOG_FILE: logFile, METRICS_PORT: String(metricsPort), JOBS: 'on' });
    p = await createPanel(t.dataSource);
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('answers with the proxy’s request id, and carries it in every error and in the request’s log line', async () => {
    const res = await request(t.app.getHttpServer())
      .post('/graphql')
      .set('Content-Type', 'application/json')
      .set('X-Request-Id', 'edge-7f3a.42')
      .send({ query: ME, operationName: 'Me' });
    expect(res.headers['x-request-id']).toBe('edge-7f3a.42');
    expect(res.body.errors[0].extensions).toEqual({ code: 'UNAUTHENTICATED', requestId: 'edge-7f3a.42' });

    const line = logLines(logFile).find((l) => l.requestId === 'edge-7f3a.42');
    expect(line).toMatchObject({
      msg: 'request',
      level: 'info',
      method: 'POST',
      path: '/graphql',
      operation: 'Me',
      status: 200,
      errorCodes: ['UNAUTHENTICATED'],
    });
    expect(typeof line?.durationMs).toBe('number');
  });

  it('replaces an id that is not a plain token, and gives one to a request that has none', async () => {
    const odd = await request(t.app.getHttpServer()).get('/health/live').set('X-Request-Id', 'alice@example.org <script>');
    expect(odd.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const none = await request(t.app.getHttpServer()).get('/health/live');
    expect(none.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(none.headers['x-request-id']).not.toBe(odd.headers['x-request-id']);
    expect(fs.readFileSync(logFile, 'utf8')).not.toContain('alice@example.org');
  });

  it('logs a signed-in request with its operation and no personal data, password or cookie', async () => {
    const session = await t.signIn(p.users.CHAIR.email, TEST_PASSWORD);
    const res = await t.gql<{ viewer: { id: string; name: string } }>('query Me { viewer { id name } }', {}, { session });
    expect(res.data?.viewer.id).toBe(p.users.CHAIR.userId);
    const text = fs.readFileSync(logFile, 'utf8');
    const token = decodeURIComponent(session.slice(session.indexOf('=') + 1));
    for (const secret of [p.users.CHAIR.email, res.data?.viewer.name ?? '?', TEST_PASSWORD, token]) expect(text).not.toContain(secret);
    const signIns = logLines(logFile).filter((l) => l.operation === 'mutation (anonymous)' && l.status === 200);
    expect(signIns.length).toBeGreaterThan(0);
  });

  it('serves Prometheus metrics on their own port: latency by operation, errors by code, pool, event loop, sockets, jobs, mail', async () => {
    await t.app.get(JobsService).runNow(REMINDER_SCAN_JOB);
    const res = await fetch(`http://127.0.0.1:${metricsPort}/metrics`);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const body = await res.text();
    expect(body).toMatch(/sentinel_http_request_duration_seconds_bucket\{le="0\.005",operation="Me",status="200"\} \d+/);
    expect(body).toMatch(/sentinel_graphql_errors_total\{code="UNAUTHENTICATED"\} [1-9]/);
    expect(body).toMatch(/sentinel_db_pool_connections\{pool="primary",state="total"\} [1-9]/);
    expect(body).toMatch(/nodejs_eventloop_lag_seconds \d/);
    expect(body).toMatch(/sentinel_websockets_open \d/);
    expect(body).toMatch(new RegExp(`sentinel_job_queue_jobs\\{queue="${REMINDER_SCAN_JOB}",state="[a-z]+"\\} [1-9]`));
    expect(body).toContain('# TYPE sentinel_mail_messages_total counter');
    expect(body).not.toContain(p.users.CHAIR.email);
    expect((await fetch(`http://127.0.0.1:${metricsPort}/other`)).status).toBe(404);
    // The public port does not serve them.
    const open = await request(t.app.getHttpServer()).get('/metrics');
    expect(open.text).not.toContain('sentinel_http_request_duration_seconds');
  });

  it('is live and ready while its database and job queue answer, and says which is down when one is not', async () => {
    const live = await request(t.app.getHttpServer()).get('/health/live');
    expect(live.status).toBe(200);
    const ready = await request(t.app.getHttpServer()).get('/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({
      status: 'ready',
      checks: { process: { status: 'up' }, database: { status: 'up' }, redis: { status: 'off' }, jobs: { status: 'up' } },
    });
  });
});

describe('readiness when a dependency is down', () => {
  it('is not ready while Redis does not answer, naming it', async () => {
    const t = await startTestApp({ REDIS_URL: `redis://127.0.0.1:${await freePort()}` });
    try {
      const ready = await request(t.app.getHttpServer()).get('/health/ready');
      expect(ready.status).toBe(503);
      expect(ready.body.status).toBe('not ready');
      expect(ready.body.checks.redis.status).toBe('down');
      expect(ready.body.checks.redis.reason).toMatch(/Redis connection|no answer/);
      expect(ready.body.checks.database).toEqual({ status: 'up' });
      expect((await request(t.app.getHttpServer()).get('/health/live')).status).toBe(200);
    } finally {
      await t.close();
    }
  });

  it('is not ready once its database connections are gone, naming the database', async () => {
    const t = await startTestApp();
    const pool = (t.appDataSource.driver as unknown as { master: { end(): Promise<void> } }).master;
    await pool.end();
    const ready = await request(t.app.getHttpServer()).get('/health/ready');
    expect(ready.status).toBe(503);
    expect(ready.body.checks.database.status).toBe('down');
    expect(ready.body.checks.database.reason).toEqual(expect.any(String));
    await t.dataSource.destroy();
  });
});

describe('error lines', () => {
  it('keep an unexpected error to its name and frames: its message may quote a record', async () => {
    const { createLog, JsonLogger } = await import('../../src/core/observability/log.js');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sentinel-logs-'));
    const file = path.join(dir, 'api.log');
    try {
      const logger = new JsonLogger(createLog({ LOG_LEVEL: 'log', LOG_FILE: file }));
      const e = new Error('duplicate key value violates unique constraint: Key (email)=(pat.quinn@example.test)');
      logger.error(e.message, e.stack, 'ExceptionsHandler');
      const [line] = logLines(file);
      expect(line).toMatchObject({ level: 'error', context: 'ExceptionsHandler', msg: 'Error' });
      expect(String(line.stack)).toMatch(/^\s+at /);
      expect(fs.readFileSync(file, 'utf8')).not.toContain('pat.quinn');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
