import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
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
    expect((await request(server).get('/health')).body).toEqual({ status: 'ok', database: 'up' });
    const gql = await request(server).post('/graphql').set('Content-Type', 'application/json').send({ query: '{ __typename }' });
    expect(gql.body).toEqual({ data: { __typename: 'Query' } });
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
  });
});
