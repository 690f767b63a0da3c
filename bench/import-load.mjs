// `npm run bench` (after the threat picture): whether imports can exhaust the API. Three imports at once, each of
// the largest kind a person could send (a 5 MB CSV of 2.6 million rows, an .xlsx that unzips to 300 MB, and a
// genuine 5,000-row CSV), while /health is asked every 20 ms; reports the worst /health latency (target under
// 200 ms) and the API's peak resident memory. The API runs in its own process as deployed (node api/dist/main.js,
// the app role) on a throwaway embedded PostgreSQL; the load average is written beside each figure, and /health
// is first measured with no upload at all, for what the machine's own load costs it. Writes
// bench/results/import-load.json.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BENCH_SECOND_FACTOR_KEY, compileApi, dist, ROOT, signInDemo, startApi } from './api-process.mjs';
import { Worker } from 'node:worker_threads';
import { strToU8, Zip, ZipDeflate } from 'fflate';

const TARGET_HEALTH_MS = 200;
const POLL_MS = 20;
const ms = (n) => Math.round(n * 100) / 100;

compileApi();

const { startEmbeddedPostgres, freePort } = await import(path.join(ROOT, 'api/bin/embedded-postgres.mjs'));
const { prepareDatabase } = await import(dist('cli/prepare-database.js'));
const { appLoginUrl } = await import(dist('cli/app-role.js'));
const { DEMO_SIGN_INS } = await import(dist('demo/demo-data.js'));
const { IMPORT_LIMITS, IMPORT_PATHS, IMPORT_REQUEST_HEADER } = await import('@sentinel/shared');
const { default: pg } = await import('pg');

/** An .xlsx whose sheet unzips to `bytes` of markup. */
function zipBomb(bytes) {
  const out = [];
  const zip = new Zip((err, data) => {
    if (err) throw err;
    out.push(data);
  });
  const sheet = new ZipDeflate('xl/worksheets/sheet1.xml', { level: 9 });
  zip.add(sheet);
  sheet.push(strToU8('<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>'));
  const block = new Uint8Array(1024 * 1024).fill(0x41);
  for (let left = bytes; left > 0; left -= block.length) sheet.push(left > block.length ? block : block.subarray(0, left));
  sheet.push(strToU8('</t></is></c></row></sheetData></worksheet>'), true);
  zip.end();
  return Buffer.concat(out);
}

const FILES = {
  csvMillionsOfRows: { name: 'rows.csv', bytes: Buffer.from('Name\n' + 'a\n'.repeat(2_600_000)).subarray(0, IMPORT_LIMITS.maxBytes) },
  xlsxZipBomb: { name: 'bomb.xlsx', bytes: zipBomb(300 * 1024 * 1024) },
  csvAtTheRowLimit: {
    name: 'groups.csv',
    bytes: Buffer.from(
      [
        'Name,Status,Crime types,Areas',
        ...Array.from({ length: IMPORT_LIMITS.maxRows }, (_, i) => `Crew ${i},Active,Drugs supply,Area ${i % 40}`),
      ].join('\r\n'),
    ),
  },
};

/** The process's resident memory now and its peak so far, in MB (Linux). */
function memory(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rssMb: ms(kb('VmRSS') / 1024), peakRssMb: ms(kb('VmHWM') / 1024) };
}

/**
 * Asks /health every POLL_MS from a thread of its own, so that building the uploads in this thread never delays
 * a poll: the latencies are the API's alone.
 */
const POLLER = `
const http = require('node:http');
const { parentPort, workerData } = require('node:worker_threads');
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
const latencies = [];
let polling = true;
parentPort.on('message', () => (polling = false));
const once = () => new Promise((resolve, reject) => {
  const t0 = performance.now();
  http.get(workerData.base + '/health', { agent }, (res) => { res.resume(); res.on('end', () => resolve(performance.now() - t0)); }).on('error', reject);
});
(async () => {
  while (polling) {
    const started = performance.now();
    latencies.push(await once());
    await new Promise((r) => setTimeout(r, Math.max(0, workerData.every - (performance.now() - started))));
  }
  parentPort.postMessage(latencies);
  agent.destroy();
})();
`;

function pollHealth(base) {
  const worker = new Worker(POLLER, { eval: true, workerData: { base, every: POLL_MS } });
  const done = new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  return {
    stop: async () => {
      worker.postMessage('stop');
      const latencies = await done;
      await worker.terminate();
      return latencies;
    },
  };
}

async function upload(base, cookie, panelId, file) {
  const form = new FormData();
  form.append('panelId', panelId);
  form.append('kind', 'OCGS');
  form.append('file', new Blob([file.bytes]), file.name);
  const t0 = performance.now();
  const res = await fetch(`${base}${IMPORT_PATHS.preview}`, {
    method: 'POST',
    body: form,
    headers: { Cookie: cookie, [IMPORT_REQUEST_HEADER]: 'bench' },
  });
  const body = await res.json();
  return {
    status: res.status,
    code: body.errors?.[0]?.extensions?.code ?? null,
    rowCount: body.data?.rowCount ?? null,
    ms: ms(performance.now() - t0),
  };
}

/** Three uploads of one file at once, from three people, while /health is asked every POLL_MS. */
async function scenario(api, sessions, panelId, file) {
  const poller = pollHealth(api.base);
  let peakRssMb = memory(api.pid).rssMb;
  const sampler = setInterval(() => (peakRssMb = Math.max(peakRssMb, memory(api.pid).rssMb)), 10);
  const loadBefore = os.loadavg().map(ms);
  const t0 = performance.now();
  // No file: /health alone, for the latency the machine's own load gives it.
  const uploads = file
    ? await Promise.all(sessions.map((cookie) => upload(api.base, cookie, panelId, file)))
    : await new Promise((r) => setTimeout(() => r([]), 2000));
  const wallMs = ms(performance.now() - t0);
  await new Promise((r) => setTimeout(r, 100));
  const latencies = await poller.stop();
  clearInterval(sampler);
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    fileBytes: file?.bytes.length ?? 0,
    uploads,
    wallMs,
    health: {
      polls: latencies.length,
      worstMs: ms(sorted.at(-1)),
      p95Ms: ms(sorted[Math.ceil(sorted.length * 0.95) - 1]),
      medianMs: ms(sorted[Math.floor(sorted.length / 2)]),
    },
    apiPeakRssMb: ms(peakRssMb),
    loadAverage: { before: loadBefore, after: os.loadavg().map(ms) },
  };
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sentinel-bench-import-'));
const database = await startEmbeddedPostgres(path.join(dataDir, 'pg'), await freePort());
let api;
try {
  await prepareDatabase(database.url, { demo: true, secondFactorKey: BENCH_SECOND_FACTOR_KEY });
  api = await startApi(await appLoginUrl(database.url, path.join(dataDir, 'app-role-password')));
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const chairEmail = DEMO_SIGN_INS.find((s) => s.role === 'CHAIR').email;
  const [{ panel_id: panelId }] = (
    await client.query(
      `SELECT m.panel_id FROM membership m JOIN app_user u ON u.id = m.user_id WHERE lower(u.email) = lower($1) AND m.role = 'CHAIR' LIMIT 1`,
      [chairEmail],
    )
  ).rows;
  await client.end();
  // Three people who may import (each person may have two files being prepared at once).
  const sessions = [];
  for (const { email } of DEMO_SIGN_INS) {
    const cookie = await signInDemo(`${api.base}/graphql`, email);
    if (!cookie) continue;
    const probe = await upload(api.base, cookie, panelId, { name: 'probe.csv', bytes: Buffer.from('Name\nProbe') });
    if (probe.status === 200) sessions.push(cookie);
    if (sessions.length === 3) break;
  }
  if (sessions.length < 3) throw new Error(`Only ${sessions.length} demo sign-ins may import`);
  const memoryAtStart = memory(api.pid);
  const scenarios = {};
  for (const [label, file] of Object.entries({ idle: null, ...FILES })) scenarios[label] = await scenario(api, sessions, panelId, file);
  const result = {
    measuredAt: new Date().toISOString(),
    machine: { cpus: os.cpus().length, node: process.version },
    method:
      `Per file: three previews (POST ${IMPORT_PATHS.preview}, multipart) at once from three signed-in people, while GET /health is asked every ${POLL_MS} ms ` +
      'over a kept-alive connection from a thread of its own; the API in its own process (NODE_ENV=production, app role). health = latency of those polls; ' +
      'apiPeakRssMb = the largest VmRSS sampled every 10 ms during the file; peakRssMbOverall = VmHWM at the end. loadAverage = os.loadavg() (1, 5, 15 min)',
    targetHealthMs: TARGET_HEALTH_MS,
    memoryAtStart,
    scenarios,
    peakRssMbOverall: memory(api.pid).peakRssMb,
    metTarget: Object.values(scenarios).every((s) => s.health.worstMs < TARGET_HEALTH_MS),
    // The machine is shared: a worst latency close to the idle one is the machine's load, not the imports.
    worstOverIdleMs: Object.fromEntries(Object.entries(scenarios).map(([label, s]) => [label, ms(s.health.worstMs - scenarios.idle.health.worstMs)])),
  };
  fs.mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true });
  fs.writeFileSync(path.join(ROOT, 'bench/results/import-load.json'), JSON.stringify(result, null, 2) + '\n');
  for (const [label, s] of Object.entries(scenarios)) {
    const answers =
      s.uploads.length === 0 ? 'no uploads' : s.uploads.map((u) => `${u.status} ${u.code ?? `${u.rowCount} rows`} ${u.ms} ms`).join(', ');
    console.log(
      `${label.padEnd(18)} ${(s.fileBytes / 1024).toFixed(0)} KB x3: ${answers} | /health worst ${s.health.worstMs} ms p95 ${s.health.p95Ms} ms` +
        ` (target < ${TARGET_HEALTH_MS}) | API RSS peak ${s.apiPeakRssMb} MB | load ${s.loadAverage.before.join(' ')} -> ${s.loadAverage.after.join(' ')}`,
    );
  }
  console.log(`API RSS at start ${memoryAtStart.rssMb} MB, peak over the run ${result.peakRssMbOverall} MB; target met: ${result.metTarget}`);
} finally {
  await api?.stop();
  await database.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
