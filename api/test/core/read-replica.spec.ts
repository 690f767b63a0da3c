import request from 'supertest';
import { freePort } from '../support/free-port.js';
import { changesRecords } from '../../src/core/database/panel-scope.js';
import { RECENT_WRITE_COOKIE } from '../../src/core/database/read-database.js';
import { createPanel, TEST_PASSWORD, type PanelFixture } from '../support/fixtures.js';
import { testDatabaseUrls } from '../support/migrated.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const PICTURE = 'query Picture($p: ID!) { threatPicture(panelId: $p) { activeCount } }';
const GROUPS = 'query Groups($p: ID!) { ocgs(panelId: $p) { totalCount } }';
const CREATE = 'mutation Create($i: CreateOcgInput!) { createOcg(input: $i) { id } }';

/**
 * The replica here is a second pool on the same database (a server that is no standby counts as caught up): what is
 * checked is which pool each read goes to, counted by the metrics. The topology test runs a real streaming replica.
 */
describe('heavy reads from the read replica (READ_DATABASE_URL)', () => {
  let t: TestApp;
  let p: PanelFixture;
  let session: string;
  let metricsPort: number;

  beforeAll(async () => {
    metricsPort = await freePort();
    t = await startTestApp({ READ_DATABASE_URL: (await testDatabaseUrls()).app, METRICS_PORT: String(metricsPort) });
    p = await createPanel(t.dataSource);
    session = await t.signIn(p.users.CHAIR.email, TEST_PASSWORD);
  });
  afterAll(() => t.close());

  async function statements(target: 'primary' | 'replica'): Promise<number> {
    const text = await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text();
    return Number(text.match(new RegExp(`sentinel_db_statements_total\\{target="${target}"\\} (\\d+)`))?.[1] ?? 0);
  }

  async function ask(query: string, variables: object, cookies: string[] = []) {
    const res = await request(t.app.getHttpServer())
      .post('/graphql')
      .set('Content-Type', 'application/json')
      .set('Cookie', [session, ...cookies].join('; '))
      .send({ query, variables });
    expect(res.body.errors).toBeUndefined();
    return { data: res.body.data, cookies: ([] as string[]).concat(res.headers['set-cookie'] ?? []) };
  }

  it('reads the threat picture from the replica, and the group list from the primary', async () => {
    const before = await statements('replica');
    await ask(PICTURE, { p: p.panelId });
    const afterPicture = await statements('replica');
    expect(afterPicture).toBeGreaterThan(before);
    await ask(GROUPS, { p: p.panelId });
    expect(await statements('replica')).toBe(afterPicture);
    expect(await statements('primary')).toBeGreaterThan(0);
  });

  it('reads a person’s own write from the primary for as long as the replica may lag, and others’ reads from the replica', async () => {
    const { data: before } = await ask(PICTURE, { p: p.panelId });
    const { cookies } = await ask(CREATE, {
      i: { panelId: p.panelId, name: 'Operation Sorrel', status: 'ACTIVE', crimeTypes: ['DRUGS_SUPPLY'], areas: ['Eastfield'] },
    });
    const mark = cookies.find((c) => c.startsWith(`${RECENT_WRITE_COOKIE}=`));
    expect(mark).toMatch(/Max-Age=6;.*HttpOnly/);

    const replica = await statements('replica');
    const { data: own } = await ask(PICTURE, { p: p.panelId }, [mark!.split(';')[0]]);
    expect(own.threatPicture.activeCount).toBe(before.threatPicture.activeCount + 1);
    expect(await statements('replica')).toBe(replica);

    const { data: other } = await ask(PICTURE, { p: p.panelId });
    expect(other.threatPicture.activeCount).toBe(before.threatPicture.activeCount + 1);
    expect(await statements('replica')).toBeGreaterThan(replica);
  });

  it('reads an export from the replica: a file written to the s.62 log only is no change of records', async () => {
    const before = await statements('replica');
    const { data, cookies } = await ask('mutation Export($p: ID!) { exportOcgs(panelId: $p, format: CSV) { rowCount } }', { p: p.panelId });
    expect(data.exportOcgs.rowCount).toBeGreaterThan(0);
    expect(await statements('replica')).toBeGreaterThan(before);
    expect(cookies.some((c) => c.startsWith(`${RECENT_WRITE_COOKIE}=`))).toBe(false);
  });

  it('sets no recent-write mark for a sign-in: it changes no record a heavy read shows', async () => {
    const res = await request(t.app.getHttpServer())
      .post('/graphql')
      .set('Content-Type', 'application/json')
      .set('X-Forwarded-For', '10.250.0.9')
      .send({
        query: 'mutation($i: SignInInput!) { signIn(input: $i) { id } }',
        variables: { i: { email: p.users.PARTNER_MEMBER.email, password: TEST_PASSWORD } },
      });
    const cookies = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
    expect(cookies.some((c) => c.startsWith('sentinel_session='))).toBe(true);
    expect(cookies.some((c) => c.startsWith(`${RECENT_WRITE_COOKIE}=`))).toBe(false);
  });

  it('tells a change of records from bookkeeping by the table a statement writes', () => {
    expect(changesRecords('INSERT INTO "ocg" ("name") VALUES ($1)')).toBe(true);
    expect(changesRecords('  UPDATE task SET status = $2 WHERE id = $1')).toBe(true);
    expect(changesRecords('DELETE FROM nominal WHERE id = $1')).toBe(true);
    expect(changesRecords('INSERT INTO consultation (panel_id) VALUES ($1)')).toBe(false);
    expect(changesRecords('UPDATE user_session SET last_seen_at = now() WHERE id = $1')).toBe(false);
    expect(changesRecords('SELECT * FROM ocg')).toBe(false);
  });

  it('reports the replica’s lag and its pool', async () => {
    const text = await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text();
    expect(text).toMatch(/sentinel_db_replica_lag_seconds 0/);
    expect(text).toMatch(/sentinel_db_pool_connections\{pool="replica",state="total"\} [1-9]/);
  });
});
