import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import request from 'supertest';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('serving the web app beside the API', () => {
  let t: TestApp;
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'sentinel-web-'));
  beforeAll(async () => {
    fs.mkdirSync(path.join(dist, 'assets'));
    fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Sentinel</title>');
    fs.writeFileSync(path.join(dist, 'assets', 'app-abc123.js'), 'console.log(1)');
    t = await startTestApp({ WEB_DIST: dist });
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(dist, { recursive: true, force: true });
  });

  it('serves index.html for the app’s routes, hashed assets with long caching, and leaves /graphql and /health alone', async () => {
    const server = t.app.getHttpServer();
    for (const route of ['/', '/members/123', '/agencies']) {
      const res = await request(server).get(route);
      expect([route, res.status, res.text]).toEqual([route, 200, '<!doctype html><title>Sentinel</title>']);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.headers['x-frame-options']).toBe('DENY');
    }
    const asset = await request(server).get('/assets/app-abc123.js');
    expect(asset.status).toBe(200);
    expect(asset.headers['cache-control']).toMatch(/immutable/);
    expect((await request(server).get('/health')).body).toMatchObject({ status: 'ready', checks: { database: { status: 'up' } } });
    const gql = await request(server).post('/graphql').set('Content-Type', 'application/json').send({ query: '{ __typename }' });
    expect(gql.body).toEqual({ data: { __typename: 'Query' } });
  });
});

describe('compression', () => {
  let t: TestApp;
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'sentinel-web-'));
  const script = `export const words = ${JSON.stringify('Sentinel panel '.repeat(2000))};`;
  beforeAll(async () => {
    fs.mkdirSync(path.join(dist, 'assets'));
    fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Sentinel</title>');
    fs.writeFileSync(path.join(dist, 'assets', 'big-def456.js'), script);
    t = await startTestApp({ WEB_DIST: dist });
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(dist, { recursive: true, force: true });
  });

  let base = '';
  /** The raw bytes of an answer, and its headers, as they come over the wire (no client decompresses them). */
  const raw = async (pathname: string, headers: Record<string, string>, body?: string) => {
    base ||= await t.listen();
    return new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      const req = http.request(`${base}${pathname}`, { method: body ? 'POST' : 'GET', headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      });
      req.on('error', reject);
      req.end(body);
    });
  };

  it('sends the web app’s scripts brotli-compressed to a browser that takes brotli, gzip to one that takes gzip', async () => {
    const br = await raw('/assets/big-def456.js', { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/Accept-Encoding/);
    expect(zlib.brotliDecompressSync(br.body).toString('utf8')).toBe(script);
    expect(br.body.length).toBeLessThan(script.length / 10);
    const gz = await raw('/assets/big-def456.js', { 'Accept-Encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gz.body).toString('utf8')).toBe(script);
    const plain = await raw('/assets/big-def456.js', { 'Accept-Encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString('utf8')).toBe(script);
  });

  it('compresses a GraphQL answer of 1 kB or more, and leaves a small one as it is', async () => {
    const post = (query: string) => raw('/graphql', { 'Content-Type': 'application/json', 'Accept-Encoding': 'br' }, JSON.stringify({ query }));
    // The schema's type names (introspection is open outside production): several kilobytes.
    const large = await post('{ __schema { types { name } } }');
    expect(large.headers['content-encoding']).toBe('br');
    expect(JSON.parse(zlib.brotliDecompressSync(large.body).toString('utf8')).data.__schema.types).toContainEqual({ name: 'Ocg' });
    const small = await post('{ __typename }');
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(small.body.toString('utf8'))).toEqual({ data: { __typename: 'Query' } });
  });
});

describe('documents served beside the web app', () => {
  let t: TestApp;
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'sentinel-web-'));
  beforeAll(async () => {
    fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Sentinel</title>');
    t = await startTestApp({ WEB_DIST: dist });
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(dist, { recursive: true, force: true });
  });

  it('lets a meeting document through to the API while the meeting page stays the app', async () => {
    const server = t.app.getHttpServer();
    const id = '00000000-0000-4000-8000-000000000000';
    expect((await request(server).get(`/meetings/${id}`)).text).toBe('<!doctype html><title>Sentinel</title>');
    const pack = await request(server).get(`/meetings/${id}/pack`);
    expect(pack.status).toBe(401);
    expect(pack.text).not.toMatch(/doctype/i);
    // An assessment's PDF too, while the assessment's page stays the app.
    expect((await request(server).get(`/reports/assessments/${id}`)).text).toBe('<!doctype html><title>Sentinel</title>');
    const assessment = await request(server).get(`/assessments/${id}/assessment.pdf`);
    expect(assessment.status).toBe(401);
    expect(assessment.text).not.toMatch(/doctype/i);
  });
});
