// `npm test`: install what is missing, build, then run every check and test suite in turn and stop at the
// first that fails: the import-direction and generated-code checks, ESLint and Prettier, type checks, the API's
// unit and integration tests against a real PostgreSQL, the crash and backup drills on the real server stack, the
// production topology (nginx, two API processes, a primary and its replica, Redis), the web's component tests, and
// the browser journeys.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { build, ensureInstall, ROOT } from '../api/bin/ensure-install.mjs';

ensureInstall();

if (!fs.existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) {
  console.error(
    'The browser journeys need Chromium at /usr/bin/chromium (or CHROMIUM_PATH).\n' +
      'Install it with: sudo apt-get install -y chromium   (bash .ci/run does this for you)',
  );
  process.exit(1);
}

const node = process.execPath;
const bin = (name) => path.join(ROOT, 'node_modules/.bin', name);
const steps = [
  ['build', () => build()],
  ['import direction', [node, 'test/checks/import-direction.mjs']],
  ['generated web operations', [node, 'test/checks/codegen-fresh.mjs']],
  ['lint (eslint)', [bin('eslint'), '.', '--max-warnings', '0']],
  ['lint (prettier)', [bin('prettier'), '--check', '.', '--log-level', 'warn']],
  ['type check (api tests)', [bin('tsc'), '-p', 'api/tsconfig.json', '--noEmit']],
  ['type check (web)', [bin('tsc'), '-p', 'web/tsconfig.json', '--noEmit']],
  ['api tests', [bin('jest'), '-c', 'api/jest.config.mjs', '--ci'], { NODE_OPTIONS: '--experimental-vm-modules' }],
  ['crash and backup drills', [node, '--test', '--test-concurrency=1', 'test/drills/crash.test.mjs', 'test/drills/backup.test.mjs']],
  ['production topology', [node, '--test', '--test-concurrency=1', 'test/topology/topology.test.mjs']],
  ['web tests', [bin('jest'), '-c', 'web/jest.config.cjs', '--ci']],
  ['browser journeys', [bin('playwright'), 'test', '-c', 'test/playwright.config.ts']],
];

const only = process.argv.slice(2);
const results = [];
for (const [name, cmd, env] of steps) {
  if (only.length && !only.some((o) => name.includes(o))) continue;
  console.log(`\n=== ${name} ===`);
  const started = Date.now();
  let ok;
  if (typeof cmd === 'function') {
    cmd();
    ok = true;
  } else {
    const r = spawnSync(cmd[0], cmd.slice(1), { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env, NX_TUI: 'false' } });
    ok = r.status === 0;
  }
  results.push([name, ok, ((Date.now() - started) / 1000).toFixed(1)]);
  if (!ok) break;
}
console.log('\n=== summary ===');
for (const [name, ok, secs] of results) console.log(`${ok ? 'PASS' : 'FAIL'}  ${name} (${secs} s)`);
const failed = results.filter(([, ok]) => !ok).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
