import { randomUUID } from 'node:crypto';
import { createPanel, TEST_PASSWORD, type PanelFixture } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const AGENCY = { name: 'Probation Service', kind: 'OTHER', isaCoversPersonalData: false, tacticHeadings: [] };

/**
 * A system administrator manages every panel's agencies and members, so a panel they name that does not exist must
 * still answer NOT_FOUND, as it does for a member, rather than reach the database as a record written against
 * nothing. They read no panel's records without a role there.
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
    const agency = await t.gql(
      'mutation($i: CreateAgencyInput!) { createAgency(input: $i) { id } }',
      { i: { panelId: missing, ...AGENCY } },
      { session: admin },
    );
    expect(agency.errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND' });
    const members = await t.gql('query($p: ID!) { members(panelId: $p) { totalCount } }', { p: missing }, { session: admin });
    expect(members.errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND' });
    const [written] = await t.dataSource.query(`SELECT count(*)::int AS n FROM agency WHERE panel_id = $1`, [missing]);
    expect(written.n).toBe(0);
  });

  it('manages agencies and members when it exists, and reads none of its records', async () => {
    const agency = await t.gql<{ createAgency: { id: string } }>(
      'mutation($i: CreateAgencyInput!) { createAgency(input: $i) { id } }',
      { i: { panelId: p.panelId, ...AGENCY } },
      { session: admin },
    );
    expect(agency.errors).toBeUndefined();
    const members = await t.gql<{ members: { totalCount: number } }>(
      'query($p: ID!) { members(panelId: $p) { totalCount } }',
      { p: p.panelId },
      { session: admin },
    );
    expect(members.data?.members.totalCount).toBe(5);
    const vehicle = await t.gql(
      'mutation($i: RecordVehicleInput!) { recordVehicle(input: $i) { id } }',
      { i: { panelId: p.panelId, registration: 'AB12 CDE' } },
      { session: admin },
    );
    expect(vehicle.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const groups = await t.gql('query($p: ID!) { ocgs(panelId: $p) { totalCount } }', { p: p.panelId }, { session: admin });
    expect(groups.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const [written] = await t.dataSource.query(`SELECT count(*)::int AS n FROM vehicle WHERE panel_id = $1`, [p.panelId]);
    expect(written.n).toBe(0);
  });
});
