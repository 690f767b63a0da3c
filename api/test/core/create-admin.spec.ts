import { createAdmin } from '../../src/cli/admin.js';
import { migrateTestDatabase } from '../support/migrated.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('creating the first administrator', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('creates an administrator and a panel who can then sign in and see it', async () => {
    const code = `P${Date.now() % 100000}`;
    await createAdmin(await migrateTestDatabase(), {
      email: `First.Admin.${code}@force.example`,
      name: 'First Admin',
      password: 'a very long admin passphrase',
      panel: { code, name: `Panel ${code}`, forceName: 'A Constabulary' },
    });
    const session = await t.signIn(`first.admin.${code.toLowerCase()}@force.example`, 'a very long admin passphrase');
    const panels = await t.gql<{ panels: { code: string }[] }>('{ panels { code } }', {}, { session });
    expect(panels.data?.panels.map((p) => p.code)).toContain(code);
    const audit = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE entity_type = 'Panel' AND panel_id = (SELECT id FROM panel WHERE code = $1)`,
      [code],
    );
    expect(audit[0].n).toBe(1);
  });

  it('refuses a common password and writes nothing', async () => {
    await expect(createAdmin(await migrateTestDatabase(), { email: 'weak@force.example', name: 'Weak', password: 'password1234' })).rejects.toThrow(
      /too common/,
    );
    expect(await t.dataSource.query(`SELECT 1 FROM app_user WHERE email = 'weak@force.example'`)).toEqual([]);
  });
});
