// `npm run bench:start`: seconds from `npm start` to the first good /graphql answer, with a fresh data
// folder and then with the same folder again, dependencies already installed. Writes bench/results/.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const port = 3390;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sentinel-bench-'));

async function firstGoodAnswer(deadline) {
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      const body = await res.json();
      if (body?.data?.__typename === 'Query') return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('no good answer within the time allowed');
}

async function run(label) {
  const started = Date.now();
  const child = spawn(process.execPath, [path.join(ROOT, 'api/bin/start.mjs')], {
    cwd: ROOT,
    stdio: 'ignore',
    env: { ...process.env, PORT: String(port), SENTINEL_DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(port + 20000), DATABASE_URL: '' },
  });
  try {
    await firstGoodAnswer(started + 180_000);
    return { label, seconds: (Date.now() - started) / 1000 };
  } finally {
    child.kill('SIGINT');
    await new Promise((r) => child.once('exit', r));
  }
}

const fresh = await run('fresh .data');
const warm = await run('existing .data');
fs.rmSync(dataDir, { recursive: true, force: true });
const result = {
  measuredAt: new Date().toISOString(),
  machine: { cpus: os.cpus().length, node: process.version },
  targets: { freshSeconds: 30, warmSeconds: 8 },
  fresh: fresh.seconds,
  warm: warm.seconds,
};
fs.mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true });
fs.writeFileSync(path.join(ROOT, 'bench/results/start-time.json'), JSON.stringify(result, null, 2) + '\n');
console.log(`npm start to first good /graphql answer: fresh ${fresh.seconds.toFixed(1)} s, warm ${warm.seconds.toFixed(1)} s`);
