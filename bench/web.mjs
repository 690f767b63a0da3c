// `npm run bench:web`: first load of the web app as Lighthouse sees it, on its mobile profile (simulated slow 4G and
// a slowed CPU) and its desktop profile, for the sign-in page, home, the group list and the threat picture, signed
// in as the demo chair against the bench stack (demo panel plus the force scale). Writes bench/results/web.json
// and web.md: LCP, CLS, TBT, FCP, the performance score, and the scripts each page downloaded, chunk by chunk.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { ROOT } from './api-process.mjs';
import { startStack } from './stack.mjs';

// WEB_DIST measures another build (an older one, to compare).
const WEB_DIST = path.resolve(process.env.WEB_DIST ?? path.join(ROOT, 'web/dist'));
const RESULTS = path.join(ROOT, 'bench/results');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const PAGES = [
  { name: 'sign-in', path: '/sign-in', signedIn: false },
  { name: 'home', path: '/', signedIn: true },
  { name: 'group list', path: '/ocgs', signedIn: true },
  { name: 'threat picture', path: '/threat-picture', signedIn: true },
];
const PROFILES = [
  { name: 'mobile', config: undefined },
  { name: 'desktop', config: desktopConfig },
];
const TARGETS = {
  // Script (gzip) the page downloads before it is interactive: the sign-in page and home.
  scriptGzip: { limit: 100_000, pages: ['sign-in', 'home'] },
  cls: { limit: 0.05 },
  lcpMobile: { limit: 2500, pages: ['sign-in', 'home', 'group list', 'threat picture'] },
};
// Code that belongs to one page only and must not load before it.
const PAGE_ONLY_PACKAGES = /node_modules\/(recharts|@xyflow|leaflet|d3-[a-z]+|victory-vendor)\//;

/** Whether the build carries React's development code (`npm start` with NODE_ENV=development builds so). */
function developmentBuild() {
  const assets = path.join(WEB_DIST, 'assets');
  return fs
    .readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .some((f) => fs.readFileSync(path.join(assets, f), 'utf8').includes('Expected the last optional `callback` argument'));
}

function buildIfMissing() {
  if (fs.existsSync(path.join(WEB_DIST, 'index.html')) && !developmentBuild()) return;
  console.log('web/dist is missing or a development build: building the web app for production');
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'build'], {
    cwd: path.join(ROOT, 'web'),
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
}

/** What a chunk weighs gzip-compressed (level 9, as the target counts it), and whether it carries page-only code. */
function chunkFacts(url) {
  const file = path.join(WEB_DIST, new URL(url).pathname);
  if (!fs.existsSync(file)) return { gzip: null, pageOnly: [] };
  const gzip = zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
  const map = `${file}.map`;
  const sources = fs.existsSync(map) ? JSON.parse(fs.readFileSync(map, 'utf8')).sources : [];
  const pageOnly = [...new Set(sources.map((s) => s.match(PAGE_ONLY_PACKAGES)?.[1]).filter(Boolean))];
  return { gzip, pageOnly };
}

async function measure(chrome, base, page, profile, cookie) {
  const flags = {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance'],
    ...(page.signedIn ? { extraHeaders: { Cookie: cookie } } : {}),
  };
  let lhr = null;
  // Lighthouse now and then fails to record a trace (NO_NAVSTART): such a run is made again, once.
  for (let attempt = 1; attempt <= 2; attempt += 1) {
    ({ lhr } = await lighthouse(`${base}${page.path}`, flags, profile.config));
    if (!lhr.runtimeError) break;
    if (attempt === 2) throw new Error(`${page.name} (${profile.name}): ${lhr.runtimeError.message}`);
  }
  const audit = (id) => lhr.audits[id]?.numericValue ?? null;
  const scripts = (lhr.audits['network-requests']?.details?.items ?? [])
    .filter((r) => r.resourceType === 'Script')
    .map((r) => ({ chunk: path.basename(new URL(r.url).pathname), transferred: r.transferSize, size: r.resourceSize, ...chunkFacts(r.url) }));
  return {
    page: page.name,
    path: page.path,
    profile: profile.name,
    finalUrl: lhr.finalDisplayedUrl,
    score: lhr.categories.performance.score === null ? null : Math.round(lhr.categories.performance.score * 100),
    lcpMs: Math.round(audit('largest-contentful-paint')),
    cls: Number((audit('cumulative-layout-shift') ?? 0).toFixed(3)),
    tbtMs: Math.round(audit('total-blocking-time')),
    fcpMs: Math.round(audit('first-contentful-paint')),
    lcpElement: lhr.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.snippet ?? null,
    scriptTransferred: scripts.reduce((s, c) => s + c.transferred, 0),
    scriptGzip: scripts.reduce((s, c) => s + (c.gzip ?? 0), 0),
    scripts,
    loadAverage: os.loadavg().map((l) => Number(l.toFixed(2))),
  };
}

function judge(runs) {
  const verdicts = [];
  for (const r of runs) {
    if (r.profile === 'mobile' && TARGETS.scriptGzip.pages.includes(r.page)) {
      verdicts.push({ target: `${r.page}: script under 100 kB gzip`, value: `${kb(r.scriptGzip)} kB`, met: r.scriptGzip < TARGETS.scriptGzip.limit });
    }
    verdicts.push({ target: `${r.page} (${r.profile}): CLS under ${TARGETS.cls.limit}`, value: String(r.cls), met: r.cls < TARGETS.cls.limit });
    if (r.profile === 'mobile' && TARGETS.lcpMobile.pages.includes(r.page)) {
      verdicts.push({
        target: `${r.page} (mobile): LCP under 2.5 s`,
        value: `${(r.lcpMs / 1000).toFixed(2)} s`,
        met: r.lcpMs < TARGETS.lcpMobile.limit,
      });
    }
    if (['sign-in', 'home'].includes(r.page)) {
      const pageOnly = [...new Set(r.scripts.flatMap((s) => s.pageOnly))];
      verdicts.push({
        target: `${r.page} (${r.profile}): no chart, link chart or map code`,
        value: pageOnly.length ? pageOnly.join(', ') : 'none',
        met: pageOnly.length === 0,
      });
    }
  }
  return verdicts;
}

const MOBILE_RUNS = Number(process.env.MOBILE_RUNS ?? 3);

/** The run with the median LCP (its other figures with it, so that they belong together). */
function median(tries) {
  const sorted = [...tries].sort((a, b) => a.lcpMs - b.lcpMs);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

const kb = (bytes) => (bytes / 1000).toFixed(1);

function markdown(report) {
  const lines = [
    '# Web first load (Lighthouse)',
    '',
    `Run ${report.at} on ${report.machine.cpus} CPUs (${report.machine.cpuModel}), Node ${report.machine.node}, ${report.machine.chromium}, Lighthouse ${report.lighthouse}.`,
    `Load average (1, 5, 15 min) before: ${report.loadAverage.before.join(', ')}; after: ${report.loadAverage.after.join(', ')}.`,
    'Mobile is Lighthouse’s default profile (simulated slow 4G, 4x CPU slowdown), the run with the median LCP of three; desktop its desktop profile, one run. Signed in as the demo chair, against the demo panel plus the force scale.',
    'Script gzip: each downloaded chunk gzip-compressed at level 9 from web/dist (what the target counts); transferred: the bytes the browser received (the server sends brotli).',
    '',
    '| page | profile | score | LCP | CLS | TBT | FCP | script gzip | transferred | chunks | LCP of each run | load avg (1 min) |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...report.runs.map(
      (r) =>
        `| ${r.page} | ${r.profile} | ${r.score} | ${(r.lcpMs / 1000).toFixed(2)} s | ${r.cls} | ${r.tbtMs} ms | ${(r.fcpMs / 1000).toFixed(2)} s | ${kb(r.scriptGzip)} kB | ${kb(r.scriptTransferred)} kB | ${r.scripts.length} | ${r.lcpMsEach.map((ms) => (ms / 1000).toFixed(2)).join(', ')} s | ${r.loadAverage[0]} |`,
    ),
    '',
    '## Targets',
    '',
    '| target | value | |',
    '| --- | --- | --- |',
    ...report.verdicts.map((v) => `| ${v.target} | ${v.value} | ${v.met ? 'met' : '**missed**'} |`),
    '',
    '## Scripts per page (mobile)',
    '',
  ];
  for (const r of report.runs.filter((run) => run.profile === 'mobile')) {
    lines.push(`### ${r.page} (${r.path})`, '', '| chunk | gzip | transferred |', '| --- | ---: | ---: |');
    for (const s of [...r.scripts].sort((a, b) => (b.gzip ?? 0) - (a.gzip ?? 0))) {
      lines.push(`| ${s.chunk} | ${s.gzip === null ? '-' : `${kb(s.gzip)} kB`} | ${kb(s.transferred)} kB |`);
    }
    lines.push(`| total | ${kb(r.scriptGzip)} kB | ${kb(r.scriptTransferred)} kB |`, '');
  }
  return `${lines.join('\n')}\n`;
}

buildIfMissing();
// The API serves the built app on its own port, as `npm start` does.
process.env.WEB_DIST = WEB_DIST;
const before = os.loadavg().map((l) => Number(l.toFixed(2)));
const stack = await startStack({ floorConnections: 0, postgraphile: false });
let chrome = null;
try {
  chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: CHROME_FLAGS,
    userDataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'sentinel-lh-')),
  });
  const version = await (await fetch(`http://127.0.0.1:${chrome.port}/json/version`)).json();
  const runs = [];
  for (const profile of PROFILES) {
    for (const page of PAGES) {
      // Mobile figures swing with the machine's load (its CPU is slowed 4x in simulation): the median of three.
      const tries = [];
      for (let i = 0; i < (profile.name === 'mobile' ? MOBILE_RUNS : 1); i += 1)
        tries.push(await measure(chrome, stack.api.base, page, profile, stack.cookie));
      const run = { ...median(tries), runs: tries.length, lcpMsEach: tries.map((t) => t.lcpMs) };
      console.log(
        `${page.name.padEnd(15)} ${profile.name.padEnd(8)} score ${run.score}  LCP ${run.lcpMs} ms  CLS ${run.cls}  TBT ${run.tbtMs} ms  FCP ${run.fcpMs} ms  script ${kb(run.scriptGzip)} kB gzip`,
      );
      runs.push(run);
    }
  }
  const report = {
    at: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? 'unknown', node: process.version, chromium: version.Browser },
    lighthouse: JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules/lighthouse/package.json'), 'utf8')).version,
    loadAverage: { before, after: os.loadavg().map((l) => Number(l.toFixed(2))) },
    targets: TARGETS,
    runs,
    verdicts: judge(runs),
  };
  fs.mkdirSync(RESULTS, { recursive: true });
  fs.writeFileSync(path.join(RESULTS, 'web.json'), `${JSON.stringify(report, null, 2)}\n`);
  fs.writeFileSync(path.join(RESULTS, 'web.md'), markdown(report));
  for (const v of report.verdicts) console.log(`${v.met ? 'met   ' : 'MISSED'} ${v.target}: ${v.value}`);
} finally {
  await chrome?.kill();
  await stack.stop();
}
