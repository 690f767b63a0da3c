import { randomUUID } from 'node:crypto';
import net from 'node:net';
import { createPanel, type PanelFixture } from './fixtures.js';
import { startTestApp, type TestApp } from './test-app.js';

export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Whether a Redis answers PING at the address, within half a second. */
async function redisAnswers(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || 6379) });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(500, () => done(false));
    socket.on('error', () => done(false));
    socket.on('connect', () => socket.write('PING\r\n'));
    socket.on('data', (d) => done(d.toString().startsWith('+PONG')));
  });
}

export const redisUp = await redisAnswers(REDIS_URL);

/**
 * The machines this project runs on start a Redis on 127.0.0.1:6379; on one without it (a bare laptop with only
 * Node) there is nothing for two processes to share, so such a test cannot run and says so.
 */
export const itWithRedis = redisUp ? it : it.skip;

export interface ProcessPair {
  a: TestApp;
  b: TestApp;
  p: PanelFixture;
}

/**
 * Two API processes on one database sharing one Redis namespace (its own per file, so parallel runs never hear
 * each other), and a panel: started before the describe's tests, closed after them.
 */
export function processPair(): ProcessPair {
  const pair = {} as ProcessPair;
  const prefix = `sentinel-test-${randomUUID()}:`;
  beforeAll(async () => {
    if (!redisUp) return;
    pair.a = await startTestApp({ REDIS_URL, REDIS_PREFIX: prefix });
    pair.b = await startTestApp({ REDIS_URL, REDIS_PREFIX: prefix });
    pair.p = await createPanel(pair.a.dataSource);
  });
  afterAll(async () => {
    await pair.a?.close();
    await pair.b?.close();
  });
  return pair;
}
