import fs from 'node:fs';
import path from 'node:path';

// The ui layer is the GOV.UK component kit alone: it must not reach into features, pages or generated types.
describe('src/ui', () => {
  it('imports no domain code', () => {
    const dir = __dirname;
    const offending = fs
      .readdirSync(dir)
      .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))
      .flatMap((file) => {
        const source = fs.readFileSync(path.join(dir, file), 'utf8');
        const imports = [...source.matchAll(/from\s+'([^']+)'/g)].map((m) => m[1]);
        return imports.filter((i) => i.startsWith('..') || i.startsWith('@sentinel/') || i.includes('/gql')).map((i) => `${file}: ${i}`);
      });
    expect(offending).toEqual([]);
  });
});
