import { randomUUID } from 'node:crypto';
import { createPanel, TEST_PASSWORD, type PanelFixture } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * A system administrator passes every panel check, so a panel they name that does not exist must still answer
 * NOT_FOUND, as it does for a member, rather than reach the database as a record written against nothing.
 */
describe('a panel the system administrator names', () => {
  let t: TestApp;
  let p: PanelFixture;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp();
    p = await createPanel(t.dataSource);
    const email = `admin.${randomUUID().slice(0, 8)}@example.test`;
    await t.dataSource.query(
      `INSERT INTO app_user (email, name, password_hash, is_admin) SELECT $1, 'Admin', password_hash, true FROM app_user WHERE id = $2`,
      [email, p.users.CHAIR.userId],
    );
    admin = await t.signIn(email, TEST_PASSWORD);
  });
  afterAll(() => t.close());

  it('is NOT_FOUND when it does not exist, in a mutation or a query, and nothing is written', async () => {
    const missing = randomUUID();
    const vehicle = await t.gql(
      'mutation($i: RecordVehicleInput!) { recordVehicle(input: $i) { id } }',
      { i: { panelId: missing, registration: 'AB12 CDE' } },
      { session: admin },
    );
    expect(vehicle.errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND' });
    const nominal = await t.gql(
      'mutation($i: CreateNominalInput!) { createNominal(input: $i) { id } }',
      { i: { panelId: missing, surname: 'Bloggs' } },
      { session: admin },
    );
    expect(nominal.errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND' });
    const invite = await t.gql('query($p: ID!) { seriesInvite(panelId: $p) { filename } }', { p: missing }, { session: admin });
    expect(invite.errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND' });
    const written = await t.dataSource.query(
      `SELECT (SELECT count(*) FROM vehicle WHERE panel_id = $1) + (SELECT count(*) FROM nominal WHERE panel_id = $1) AS n`,
      [missing],
    );
    expect(Number(written[0].n)).toBe(0);
  });

  it('is used as any other when it exists', async () => {
    const vehicle = await t.gql<{ recordVehicle: { id: string } }>(
      'mutation($i: RecordVehicleInput!) { recordVehicle(input: $i) { id } }',
      { i: { panelId: p.panelId, registration: 'AB12 CDE' } },
      { session: admin },
    );
    expect(vehicle.errors).toBeUndefined();
    const invite = await t.gql('query($p: ID!) { seriesInvite(panelId: $p) { filename } }', { p: p.panelId }, { session: admin });
    expect(invite.errors).toBeUndefined();
  });
});
