import { jest } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { RequestContext, Viewer } from '../../src/core/access/request-context.js';
import { runWithScopeContext } from '../../src/core/database/panel-scope.js';
import { AgenciesService } from '../../src/modules/agencies/agencies.service.js';
import { createAdmin } from '../members/member-fixtures.js';
import { createPanel, TEST_PASSWORD, type PanelFixture } from '../support/fixtures.js';
import { ownedBy as ownedByPanel, startScopeWorld, type ScopeWorld, type ScopedTable } from '../support/panel-tables.js';
import { nextIp, type TestApp } from '../support/test-app.js';

/**
 * What administering panels, agencies and members reads in a panel the administrator does not sit on, and which
 * regions a panel is in (the administrator sets regions' panels).
 */
const ADMINISTERED = new Set(['panel', 'agency', 'membership', 'membership_review', 'region_panel']);

/**
 * The system administrator holds, in every panel, only what administering it needs (ADMIN_PANEL_PERMISSIONS); a
 * panel's records need a role there, as anyone's. The database says the same, whatever a query forgets.
 */
describe('row-level security: the system administrator administers every panel and reads only their own panels’ records', () => {
  let t: TestApp;
  let app: pg.Client;
  let tables: ScopedTable[];
  let a: string;
  let b: string;

  const visible = async (table: ScopedTable, panelId: string): Promise<number> => {
    const { rows } = await app.query(`SELECT count(*)::int AS n FROM "${table.name}" r WHERE ${table.panelOf} = $1`, [panelId]);
    return rows[0].n;
  };
  const ownedBy = (table: ScopedTable, panelId: string) => ownedByPanel(t.dataSource, table, panelId);
  /** As the API sets them for a system administrator's request: their own panels, and administration on. */
  const setScope = (panels: string, administration: 'on' | 'off') =>
    app.query(`SELECT set_config('sentinel.scope', $1, false), set_config('sentinel.administration', $2, false)`, [panels, administration]);
  /** Each table's rows of a panel: those the app's connection sees, and those it would see if only administration showed. */
  const seenOf = async (panelId: string, expected: (table: ScopedTable) => boolean) => {
    const seen: Record<string, number> = {};
    const want: Record<string, number> = {};
    for (const table of tables) {
      seen[table.name] = await visible(table, panelId);
      want[table.name] = expected(table) ? await ownedBy(table, panelId) : 0;
    }
    return { seen, want };
  };

  let world: ScopeWorld;
  beforeAll(async () => {
    world = await startScopeWorld();
    ({ t, app, tables, a, b } = world);
  });
  afterAll(() => world?.close());

  it('with no membership, a raw query shows every panel’s panel, agency and membership rows and none of its records', async () => {
    await setScope('{}', 'on');
    try {
      for (const panelId of [a, b]) {
        const { seen, want } = await seenOf(panelId, (table) => ADMINISTERED.has(table.name));
        expect(seen).toEqual(want);
        expect(seen).toMatchObject({ nominal: 0, ocg: 0, intelligence: 0, audit_event: 0, consultation: 0, mail_message: 0 });
        expect(seen.panel * seen.agency * seen.membership).toBeGreaterThan(0);
      }
    } finally {
      await setScope('{}', 'off');
    }
  });

  it('with a membership in one panel, shows that panel’s records and only the administered rows of another', async () => {
    await setScope(`{${a}}`, 'on');
    try {
      const own = await seenOf(a, () => true);
      expect(own.seen).toEqual(own.want);
      expect(own.seen.nominal).toBeGreaterThan(0);
      const other = await seenOf(b, (table) => ADMINISTERED.has(table.name));
      expect(other.seen).toEqual(other.want);
    } finally {
      await setScope('{}', 'off');
    }
  });

  it('without administration on (anything but "on"), shows nothing of a panel not in scope', async () => {
    for (const value of ['off', 'true', '']) {
      await app.query(`SELECT set_config('sentinel.scope', '{}', false), set_config('sentinel.administration', $1, false)`, [value]);
      const { seen, want } = await seenOf(b, () => false);
      expect([value, seen]).toEqual([value, want]);
    }
    await setScope('{}', 'off');
  });

  it('writes panels, agencies, memberships and invitation mail in any panel, and nothing else', async () => {
    const [user] = await t.dataSource.query(`INSERT INTO app_user (email, name) VALUES ($1, 'Invited') RETURNING id`, [
      `scope.${randomUUID().slice(0, 8)}@example.test`,
    ]);
    await setScope('{}', 'on');
    try {
      await app.query(`INSERT INTO agency (panel_id, name, kind) VALUES ($1, 'Probation', 'OTHER')`, [b]);
      await app.query(`INSERT INTO membership (panel_id, user_id, role) VALUES ($1, $2, 'OBSERVER')`, [b, user.id]);
      expect((await app.query(`UPDATE membership SET version = version + 1 WHERE panel_id = $1 AND user_id = $2`, [b, user.id])).rowCount).toBe(1);
      expect((await app.query(`UPDATE panel SET version = version + 1 WHERE id = $1`, [b])).rowCount).toBe(1);
      await app.query(
        `INSERT INTO mail_message (panel_id, kind, recipient, subject, outcome, reason)
        VALUES ($1, 'ACCOUNT_INVITATION', 'invited@example.test', 'You are invited', 'NOT_SENT', 'No mail server')`,
        [b],
      );
      // Nothing administers a removal, nor a panel's records or its other mail.
      expect((await app.query(`DELETE FROM membership WHERE panel_id = $1 AND user_id = $2`, [b, user.id])).rowCount).toBe(0);
      await expect(app.query(`INSERT INTO ocg (panel_id, reference, name) VALUES ($1, 'OCG-0999', 'Planted')`, [b])).rejects.toThrow(
        /row-level security/,
      );
      await expect(
        app.query(
          `INSERT INTO mail_message (panel_id, kind, recipient, subject, outcome) VALUES ($1, 'TASK_REMINDER', 'x@example.test', 'Due', 'SENT')`,
          [b],
        ),
      ).rejects.toThrow(/row-level security/);
      expect((await app.query(`UPDATE nominal SET surname = 'Renamed' WHERE panel_id = $1`, [b])).rowCount).toBe(0);
      const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM membership WHERE panel_id = $1 AND user_id = $2`, [b, user.id]);
      expect(n).toBe(1);
    } finally {
      await setScope('{}', 'off');
    }
  });

  describe('the API’s own connection and a GraphQL request', () => {
    const adminViewer = (memberOf: string[]): Viewer => ({
      userId: randomUUID(),
      sessionId: 'test',
      name: 'Admin',
      email: 'admin@example.test',
      agencyId: null,
      agencyAllowsPersonalData: true,
      isAdmin: true,
      secondFactorEnrolled: true,
      secondFactorAt: null,
      regions: [],
      memberships: memberOf.map((panelId) => ({ panelId, role: 'CHAIR' as const })),
    });
    const forgetful = (sql: string) => t.appDataSource.query(`${sql} WHERE panel_id = ANY($1::uuid[]) ORDER BY 1`, [[a, b].sort()]);

    it('shows an administrator’s request the records of the panels they sit on only, and every panel’s members', async () => {
      const seen = (viewer: Viewer) =>
        runWithScopeContext({ viewer }, async () => ({
          nominals: await forgetful(`SELECT DISTINCT panel_id AS id FROM nominal`),
          audit: await forgetful(`SELECT DISTINCT panel_id AS id FROM audit_event`),
          members: await forgetful(`SELECT DISTINCT panel_id AS id FROM membership`),
        }));
      const both = [a, b].sort().map((id) => ({ id }));
      expect(await seen(adminViewer([]))).toEqual({ nominals: [], audit: [], members: both });
      expect(await seen(adminViewer([a]))).toEqual({ nominals: [{ id: a }], audit: [{ id: a }], members: both });
    });

    it('sets the administration setting again when a kept connection passes from an administrator to a member of the same panels', async () => {
      const runner = t.appDataSource.createQueryRunner();
      await runner.connect();
      try {
        const membersOfB = (viewer: Viewer) =>
          runWithScopeContext({ viewer }, () => runner.query(`SELECT count(*)::int AS n FROM membership WHERE panel_id = $1`, [b]));
        const [{ n }] = await membersOfB(adminViewer([a]));
        expect(n).toBeGreaterThan(0);
        expect(await membersOfB({ ...adminViewer([a]), isAdmin: false })).toEqual([{ n: 0 }]);
        expect(await membersOfB(adminViewer([a]))).toEqual([{ n }]);
      } finally {
        await runner.release();
      }
    });

    it('lets an administrator with no membership create a panel with its chair, and add an agency and a member to another, and see none of its records', async () => {
      const p: PanelFixture = await createPanel(t.dataSource);
      const admin = await t.signIn(await createAdmin(t.dataSource), TEST_PASSWORD, nextIp());
      const tag = randomUUID().slice(0, 6).toUpperCase();
      const created = await t.gql<{ createPanel: { id: string; chairs: string[] } }>(
        `mutation($i: CreatePanelInput!) { createPanel(input: $i) { id chairs } }`,
        {
          i: {
            code: `S-${tag}`,
            name: `Scope panel ${tag}`,
            forceName: 'Testshire Constabulary',
            chair: { name: 'Sam Chair', email: `sam.${tag.toLowerCase()}@example.test`, agencyName: 'Testshire SOC unit' },
          },
        },
        { session: admin },
      );
      expect(created.errors).toBeUndefined();
      expect(created.data?.createPanel.chairs).toEqual(['Sam Chair']);

      const agency = await t.gql<{ createAgency: { id: string } }>(
        `mutation($i: CreateAgencyInput!) { createAgency(input: $i) { id } }`,
        { i: { panelId: p.panelId, name: 'Probation Service', kind: 'OTHER', isaCoversPersonalData: false, tacticHeadings: [] } },
        { session: admin },
      );
      expect(agency.errors).toBeUndefined();
      // A stale edit is told what changed, though the administrator reads no other audit row of the panel.
      const UPDATE = `mutation($i: UpdateAgencyInput!) { updateAgency(input: $i) { version } }`;
      const edit = (version: number, name: string) =>
        t.gql(
          UPDATE,
          { i: { id: agency.data!.createAgency.id, version, name, kind: 'OTHER', isaCoversPersonalData: false, tacticHeadings: [] } },
          { session: admin },
        );
      expect((await edit(1, 'Probation Service North')).errors).toBeUndefined();
      expect((await edit(1, 'Probation Service South')).errors?.[0]?.extensions).toEqual({ code: 'CONFLICT', changedFields: ['name'] });
      const email = `scope.member.${tag.toLowerCase()}@example.test`;
      const member = await t.gql<{ addMember: { member: { role: string } } }>(
        `mutation($i: AddMemberInput!) { addMember(input: $i) { invitationSent member { role } } }`,
        { i: { panelId: p.panelId, name: 'Added Person', email, agencyId: agency.data!.createAgency.id, role: 'OBSERVER' } },
        { session: admin },
      );
      expect(member.errors).toBeUndefined();
      // Both invitations are in their panels' mail logs.
      const mails: { panel_id: string; recipient: string }[] = await t.dataSource.query(
        `SELECT panel_id, recipient FROM mail_message WHERE kind = 'ACCOUNT_INVITATION' AND panel_id = ANY($1::uuid[]) ORDER BY id`,
        [[created.data!.createPanel.id, p.panelId]],
      );
      expect(mails).toEqual([
        { panel_id: created.data!.createPanel.id, recipient: `sam.${tag.toLowerCase()}@example.test` },
        { panel_id: p.panelId, recipient: email },
      ]);

      // A read the administrator may make (the panel's agencies), had it forgotten its filter, finds no records.
      const agencies = t.app.get(AgenciesService);
      let records: unknown[] | null = null;
      const spy = jest.spyOn(agencies, 'list').mockImplementation(async (_ctx: RequestContext) => {
        records = await t.appDataSource.query(
          `SELECT id::text FROM nominal UNION ALL SELECT id::text FROM ocg UNION ALL SELECT id::text FROM audit_event WHERE panel_id IS NOT NULL`,
        );
        return { nodes: [], totalCount: 0 };
      });
      try {
        const res = await t.gql(`query($p: ID!) { agencies(panelId: $p) { totalCount } }`, { p: p.panelId }, { session: admin });
        expect(res.errors).toBeUndefined();
        expect(records).toEqual([]);
      } finally {
        spy.mockRestore();
      }
    });
  });
});
