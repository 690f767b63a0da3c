import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { createPanel, TEST_PASSWORD } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createMeetings } from '../minutes/minutes-fixtures.js';

const INDEX = '<!doctype html><title>Sentinel</title>';
const CSP = {
  'default-src': "'self'",
  'img-src': "'self' data:",
  'style-src': "'self' 'unsafe-inline'",
  'connect-src': "'self'",
  'frame-ancestors': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
};

function directives(header: string | undefined): Record<string, string> {
  const entries = String(header ?? '')
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean)
    .map((d) => {
      const [name, ...values] = d.split(/\s+/);
      return [name, values.join(' ')] as const;
    });
  return Object.fromEntries(entries);
}

function webDist(): string {
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'sentinel-web-'));
  fs.mkdirSync(path.join(dist, 'assets'));
  fs.writeFileSync(path.join(dist, 'index.html'), INDEX);
  fs.writeFileSync(path.join(dist, 'assets', 'app-abc123.js'), 'console.log(1)');
  return dist;
}

describe('HTTP headers behind a proxy (TRUST_PROXY=1)', () => {
  let t: TestApp;
  const dist = webDist();
  beforeAll(async () => {
    t = await startTestApp({ WEB_DIST: dist });
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(dist, { recursive: true, force: true });
  });

  it('keeps the content policy, and forbids framing, sniffing and the referrer', async () => {
    const res = await request(t.app.getHttpServer()).get('/members/123');
    expect(directives(res.headers['content-security-policy'])).toEqual(CSP);
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['cross-origin-resource-policy']).toBe('same-origin');
    expect(res.headers['cross-origin-embedder-policy']).toBeUndefined();
  });

  it('sends HSTS for a year, with subdomains, over HTTPS only', async () => {
    const server = t.app.getHttpServer();
    const secure = await request(server).get('/health').set('X-Forwarded-Proto', 'https');
    expect(secure.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    const plain = await request(server).get('/health').set('X-Forwarded-Proto', 'http');
    expect(plain.headers['strict-transport-security']).toBeUndefined();
    expect((await request(server).get('/health')).headers['strict-transport-security']).toBeUndefined();
  });

  it('answers GraphQL with no-store and no ETag', async () => {
    const { users } = await createPanel(t.dataSource);
    const session = await t.signIn(users.CHAIR.email, TEST_PASSWORD);
    const res = await request(t.app.getHttpServer())
      .post('/graphql')
      .set('Content-Type', 'application/json')
      .set('Cookie', session)
      .send({ query: '{ viewer { id name email } }' });
    expect(res.body.data.viewer.id).toBe(users.CHAIR.userId);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers.etag).toBeUndefined();
  });

  it('answers HEAD wherever GET is: the app’s pages and /health', async () => {
    const server = t.app.getHttpServer();
    for (const route of ['/', '/some/spa/route', '/health']) {
      const res = await request(server).head(route);
      expect([route, res.status]).toEqual([route, 200]);
      expect(res.headers['cache-control']).toBe('no-store');
    }
    expect((await request(server).head('/assets/app-abc123.js')).status).toBe(200);
  });

  it('keeps long caching for the hashed assets only', async () => {
    const asset = await request(t.app.getHttpServer()).get('/assets/app-abc123.js');
    expect(asset.status).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const page = await request(t.app.getHttpServer()).get('/agencies');
    expect([page.text, page.headers['cache-control']]).toEqual([INDEX, 'no-store']);
  });

  it('answers a document, and HEAD on it, with no-store and no ETag', async () => {
    const p = await createPanel(t.dataSource);
    const { meetingId } = await createMeetings(t.dataSource, p);
    const session = await t.signIn(p.users.CHAIR.email, TEST_PASSWORD);
    const server = t.app.getHttpServer();
    const pack = await request(server).get(`/meetings/${meetingId}/pack`).set('Cookie', session);
    expect(pack.status).toBe(200);
    expect(pack.headers['content-type']).toContain('text/html');
    expect(pack.headers['cache-control']).toBe('no-store');
    expect(pack.headers.etag).toBeUndefined();
    const head = await request(server).head(`/meetings/${meetingId}/pack`).set('Cookie', session);
    expect([head.status, head.headers['cache-control'], head.headers.etag]).toEqual([200, 'no-store', undefined]);
  }, 60_000);
});

describe('HTTP headers facing users directly (TRUST_PROXY=0)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ TRUST_PROXY: '0' });
  });
  afterAll(() => t.close());

  it('sends no HSTS on plain http, whatever a client claims', async () => {
    const res = await request(t.app.getHttpServer()).get('/health').set('X-Forwarded-Proto', 'https');
    expect(res.status).toBe(200);
    expect(res.headers['strict-transport-security']).toBeUndefined();
    expect(directives(res.headers['content-security-policy'])).toEqual(CSP);
  });
});
