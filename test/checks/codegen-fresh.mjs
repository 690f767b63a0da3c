// Fails when web/src/gql (the typed operations) is not what codegen makes from the committed api/schema.gql.
// The schema file itself is checked against the running code by api/test/core/schema.spec.ts.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const web = path.join(ROOT, 'web');
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'sentinel-codegen-'));
const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/@graphql-codegen/cli/cjs/bin.js'), '--config', 'codegen.ts'], {
  cwd: web,
  env: { ...process.env, CODEGEN_OUT: out + path.sep },
  encoding: 'utf8',
});
if (r.status !== 0) {
  console.error(r.stdout, r.stderr);
  process.exit(1);
}
const committed = path.join(web, 'src/gql');
const stale = [];
const names = new Set([...fs.readdirSync(committed), ...fs.readdirSync(out)]);
for (const name of names) {
  const a = path.join(committed, name);
  const b = path.join(out, name);
  if (!fs.existsSync(a) || !fs.existsSync(b) || fs.readFileSync(a, 'utf8') !== fs.readFileSync(b, 'utf8')) stale.push(name);
}
fs.rmSync(out, { recursive: true, force: true });
if (stale.length) {
  console.error(`web/src/gql is stale (${stale.join(', ')}): run 'npm run schema:update'.`);
  process.exit(1);
}
console.log('web/src/gql matches api/schema.gql and the operations.');
