// Fails when code imports across the workspace against the allowed direction:
// web -> shared, api -> shared and migrations, shared -> nothing of ours, migrations -> nothing of ours.
// Also fails on a cycle between feature folders (api/src/modules/*, web/src/modules/*): a file in A importing B
// and a file in B importing A, however indirectly. ESLint's import-x/no-cycle sees cycles of files only.
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
// Tests may compose several modules, as pages do; only the code that ships is held to one-way module imports.
const isTest = (file) => /\.(test|spec)\.tsx?$/.test(file);

/** Each module's imports of other modules in `base`, with one importing file as the example. */
export function moduleGraph(base) {
  const root = path.join(ROOT, base);
  const edges = new Map();
  for (const file of sourceFiles(root)) {
    if (isTest(file)) continue;
    const from = path.relative(root, file).split(path.sep)[0];
    if (from === path.basename(file)) continue;
    for (const m of fs.readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const spec = m[1] ?? m[2] ?? m[3] ?? m[4];
      if (!spec.startsWith('.')) continue;
      const target = path.relative(root, path.resolve(path.dirname(file), spec));
      if (target.startsWith('..')) continue;
      const to = target.split(path.sep)[0];
      if (to === from) continue;
      if (!edges.has(from)) edges.set(from, new Map());
      if (!edges.get(from).has(to)) edges.get(from).set(to, `${path.relative(ROOT, file)} imports '${spec}'`);
    }
  }
  return edges;
}

/** The groups of modules that import each other (strongly connected components of more than one module). */
export function moduleCycles(edges) {
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const cycles = [];
  let next = 0;
  const visit = (v) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v)?.keys() ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), index.get(w)));
    }
    if (low.get(v) === index.get(v)) {
      const group = [];
      let w;
      do {
        w = stack.pop();
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1) cycles.push(group.sort());
    }
  };
  for (const v of edges.keys()) if (!index.has(v)) visit(v);
  return cycles;
}

for (const base of ['api/src/modules', 'web/src/modules']) {
  const edges = moduleGraph(base);
  for (const group of moduleCycles(edges)) {
    const links = group.flatMap((a) => group.filter((b) => edges.get(a)?.has(b)).map((b) => `    ${a} -> ${b}: ${edges.get(a).get(b)}`));
    problems.push(`${base}: the modules ${group.join(', ')} import each other:\n${links.join('\n')}`);
  }
}

if (problems.length) {
  console.error(`Imports against the allowed direction:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('Imports flow one way: web -> shared, api -> shared, shared -> nothing of ours; no two modules import each other.');
