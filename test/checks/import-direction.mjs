// Fails when code imports across the workspace against the allowed direction:
// web -> shared, api -> shared and migrations, shared -> nothing of ours, migrations -> nothing of ours.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ALLOWED = {
  api: ['api', 'shared', 'migrations'],
  web: ['web', 'shared'],
  shared: ['shared'],
  migrations: ['migrations'],
};
const PACKAGE_OF = { '@sentinel/shared': 'shared', '@sentinel/migrations': 'migrations', '@sentinel/api': 'api', '@sentinel/web': 'web' };
const IMPORT =
  /(?:import|export)\s[^'";]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g;

function* sourceFiles(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (['node_modules', 'dist', 'gql'].includes(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(full);
    else if (/\.(ts|tsx|mjs|js|cjs)$/.test(entry.name)) yield full;
  }
}

/** The project a specifier points into, or null for an outside package. */
export function targetProject(fromFile, specifier) {
  if (specifier.startsWith('.')) {
    const resolved = path.relative(ROOT, path.resolve(path.dirname(fromFile), specifier));
    return resolved.split(path.sep)[0];
  }
  const pkg = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];
  return PACKAGE_OF[pkg] ?? null;
}

const problems = [];
for (const project of Object.keys(ALLOWED)) {
  for (const file of sourceFiles(path.join(ROOT, project))) {
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(IMPORT)) {
      const spec = m[1] ?? m[2] ?? m[3] ?? m[4];
      const target = targetProject(file, spec);
      if (target && target in ALLOWED && !ALLOWED[project].includes(target)) {
        problems.push(`${path.relative(ROOT, file)} imports '${spec}' (${project} -> ${target} is not allowed)`);
      }
    }
  }
}
if (problems.length) {
  console.error(`Imports against the allowed direction:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('Imports flow one way: web -> shared, api -> shared, shared -> nothing of ours.');
