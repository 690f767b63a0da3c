import { jest } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import type { RequestContext, Viewer } from '../../src/core/access/request-context.js';
import { runAsSystem, runWithScopeContext } from '../../src/core/database/panel-scope.js';
import { PanelsService } from '../../src/modules/panels/panels.service.js';
import { createPanel, TEST_PASSWORD, type PanelFixture } from '../support/fixtures.js';
import { ownedBy as ownedByPanel, startScopeWorld, type ScopeWorld, type ScopedTable } from '../support/panel-tables.js';
import type { TestApp } from '../support/test-app.js';
import { collect, wsClient } from '../support/ws-client.js';

describe('row-level security: the database keeps panels apart', () => {
  let t: TestApp;
  let app: pg.Client;
  let tables: ScopedTable[];
  let a: string;
  let b: string;

  /** Rows of the table the app's connection sees (an audit row of no panel is a person's, seen by anyone). */
  const visible = async (table: ScopedTable, where = 'true', params: unknown[] = []): Promise<number> => {
    const own = table.name === 'audit_event' ? 'r.panel_id IS NOT NULL' : 'true';
    const { rows } = await app.query(`SELECT count(*)::int AS n FROM "${table.name}" r WHERE ${own} AND ${where}`, params);
    return rows[0].n;
  };
  const ownedBy = (table: ScopedTable, panelId: string) => ownedByPanel(t.dataSource, table, panelId);
  const setScope = (scope: string) => app.query(`SELECT set_config('sentinel.scope', $1, false)`, [scope]);
  const none = '{}';

  let world: ScopeWorld;
  beforeAll(async () => {
    world = await startScopeWorld();
    ({ t, app, tables, a, b } = world);
  });
  afterAll(() => world?.close());

  it('has row-level security and a policy on every table that holds a panel’s rows, directly or through a parent', async () => {
    expect(tables.map((x) => x.name)).toEqual(
      expect.arrayContaining(['panel', 'ocg', 'ocg_nominal', 'task_reminder', 'meeting_attendance', 'audit_event']),
    );
    const state: { name: string; rls: boolean; policies: number }[] = await t.dataSource.query(
      `SELECT c.relname AS name, c.relrowsecurity AS rls, (SELECT count(*)::int FROM pg_policy p WHERE p.polrelid = c.oid) AS policies
         FROM pg_class c WHERE c.relnamespace = current_schema()::regnamespace AND c.relname = ANY($1)`,
      [tables.map((x) => x.name)],
    );
    const unprotected = state.filter((s) => !s.rls || s.policies === 0).map((s) => s.name);
    expect(unprotected).toEqual([]);
    expect(state).toHaveLength(tables.length);
    // The seed reaches every one of them, so each check below is made on real rows.
    const empty: string[] = [];
    for (const table of tables) if ((await ownedBy(table, a)) === 0) empty.push(table.name);
    expect(empty).toEqual([]);
  });

  it('with no viewer set, a raw query on the app’s connection returns no panel rows from any of them', async () => {
    const seenWith = async () => {
      const seen: Record<string, number> = {};
      for (const table of tables) seen[table.name] = await visible(table);
      return seen;
    };
    const nothing = Object.fromEntries(tables.map((x) => [x.name, 0]));
    expect(await seenWith()).toEqual(nothing);
    // Nor once set to no panel, or to nothing at all.
    for (const scope of [none, '']) {
      await setScope(scope);
      expect(await seenWith()).toEqual(nothing);
    }
    await setScope(none);
  });

  it('in one panel’s scope, shows every row of that panel and none of another', async () => {
    await setScope(`{${a}}`);
    try {
      for (const table of tables) {
        expect([table.name, await visible(table)]).toEqual([table.name, await ownedBy(table, a)]);
        expect([table.name, await visible(table, `${table.panelOf} = $1`, [b])]).toEqual([table.name, 0]);
      }
    } finally {
      await setScope(none);
    }
  });

  it('in every panel’s scope (scheduled work), shows them all', async () => {
    await setScope('all');
    try {
      for (const table of tables) {
        const both = await visible(table, `${table.panelOf} = ANY($1::uuid[])`, [[a, b]]);
        expect([table.name, both]).toEqual([table.name, (await ownedBy(table, a)) + (await ownedBy(table, b))]);
      }
    } finally {
      await setScope(none);
    }
  });

  it('refuses to write a row into another panel, or to change one there', async () => {
    await setScope(`{${a}}`);
    try {
      await expect(app.query(`INSERT INTO ocg (panel_id, reference, name) VALUES ($1, 'OCG-0999', 'Planted')`, [b])).rejects.toThrow(
        /row-level security/,
      );
      const moved = await app.query(`UPDATE ocg SET panel_id = $2 WHERE panel_id = $1 RETURNING id`, [a, b]).catch((e: Error) => e);
      expect(String(moved)).toMatch(/row-level security/);
      expect((await app.query(`UPDATE ocg SET name = 'Renamed' WHERE panel_id = $1`, [b])).rowCount).toBe(0);
      expect((await app.query(`DELETE FROM task_update WHERE panel_id = $1`, [b])).rowCount).toBe(0);
      const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM ocg WHERE panel_id = $1 AND name = 'The Riverside group'`, [b]);
      expect(n).toBe(1);
    } finally {
      await setScope(none);
    }
  });

  it('gives the app role no way to change the audit trail or to turn its triggers or the policies off', async () => {
    await setScope('all');
    try {
      await app.query(`INSERT INTO audit_event (entity_type, entity_id, action) VALUES ('Test', 'rls-append', 'CREATE')`);
      await expect(app.query(`UPDATE audit_event SET action = 'DELETE' WHERE entity_id = 'rls-append'`)).rejects.toThrow(/permission denied/);
      await expect(app.query(`DELETE FROM audit_event WHERE entity_id = 'rls-append'`)).rejects.toThrow(/permission denied/);
      await expect(app.query(`TRUNCATE audit_event`)).rejects.toThrow(/permission denied/);
      await expect(app.query(`ALTER TABLE audit_event DISABLE TRIGGER ALL`)).rejects.toThrow(/must be owner/);
      await expect(app.query(`ALTER TABLE audit_event DISABLE TRIGGER "TRG_audit_event_no_update"`)).rejects.toThrow(/must be owner/);
      await expect(app.query(`ALTER TABLE ocg DISABLE ROW LEVEL SECURITY`)).rejects.toThrow(/must be owner/);
      await expect(app.query(`DROP POLICY panel_scope ON ocg`)).rejects.toThrow(/must be owner/);
      await expect(app.query(`SET session_replication_role = replica`)).rejects.toThrow(/permission denied/);
      const owner = (await t.dataSource.query(`SELECT current_user AS name`))[0].name;
      await expect(app.query(`SET ROLE ${pg.escapeIdentifier(owner)}`)).rejects.toThrow(/permission denied/);
      const rows = await t.dataSource.query(`SELECT action FROM audit_event WHERE entity_id = 'rls-append'`);
      expect(rows).toEqual([{ action: 'CREATE' }]);
    } finally {
      await setScope(none);
    }
    // With row security off, a statement the policies would filter fails instead of seeing everything.
    await app.query(`SET row_security = off`);
    try {
      await expect(app.query(`SELECT count(*) FROM ocg`)).rejects.toThrow(/row-level security/);
    } finally {
      await app.query(`RESET row_security`);
    }
  });

  it('connects the API as a role that owns nothing and is held to the policies', async () => {
    const [role] = await t.appDataSource.query(
      `SELECT r.rolsuper AS super, r.rolbypassrls AS bypass, (SELECT count(*)::int FROM pg_class c WHERE pg_has_role(current_user, c.relowner, 'MEMBER')
         AND c.relnamespace IN (current_schema()::regnamespace, 'pgboss'::regnamespace)) AS owned
         FROM pg_roles r WHERE r.rolname = current_user`,
    );
    expect(role).toEqual({ super: false, bypass: false, owned: 0 });
  });

  describe('the API’s own connection', () => {
    let p: PanelFixture;
    const member = (panelId: string): Viewer => ({
      userId: randomUUID(),
      sessionId: 'test',
      name: 'Member',
      email: 'member@example.test',
      agencyId: null,
      agencyAllowsPersonalData: true,
      isAdmin: false,
      secondFactorEnrolled: false,
      secondFactorAt: null,
      regions: [],
      memberships: [{ panelId, role: 'CHAIR' }],
    });
    // A query that forgot its panel filter.
    const panelsOf = (ds: DataSource) => ds.query(`SELECT DISTINCT panel_id AS id FROM ocg WHERE panel_id = ANY($1::uuid[])`, [[a, b]]);

    beforeAll(async () => {
      p = await createPanel(t.dataSource);
    });

    it('sees the viewer’s panels in their work, all of them in system work, and none outside any', async () => {
      expect(await runWithScopeContext({ viewer: member(a) }, () => panelsOf(t.appDataSource))).toEqual([{ id: a }]);
      // A system administrator's records are those of the panels they sit on, as anyone's (administrator-scope.spec.ts).
      expect(await runWithScopeContext({ viewer: { ...member(b), isAdmin: true } }, () => panelsOf(t.appDataSource))).toEqual([{ id: b }]);
      expect(await runAsSystem(() => panelsOf(t.appDataSource))).toHaveLength(2);
      expect(await panelsOf(t.appDataSource)).toEqual([]);
      // The scope is read at each statement: a context whose viewer changes is followed at once.
      const ctx = { viewer: member(a) as Viewer | null };
      const seen = await runWithScopeContext(ctx, async () => {
        const before = await panelsOf(t.appDataSource);
        ctx.viewer = member(b);
        const after = await panelsOf(t.appDataSource);
        ctx.viewer = null;
        return [before, after, await panelsOf(t.appDataSource)];
      });
      expect(seen).toEqual([[{ id: a }], [{ id: b }], []]);
    });

    it('sets the scope again on a connection whose transaction undid it', async () => {
      const runner = t.appDataSource.createQueryRunner();
      await runner.connect();
      try {
        const inA = <T>(fn: () => Promise<T>) => runWithScopeContext({ viewer: member(a) }, fn);
        const inB = <T>(fn: () => Promise<T>) => runWithScopeContext({ viewer: member(b) }, fn);
        const seenInA = () => inA(() => runner.query(`SELECT DISTINCT panel_id AS id FROM ocg WHERE panel_id = ANY($1::uuid[])`, [[a, b]]));
        // A transaction begun in panel B's scope, panel A's set inside it, then rolled back: B's is back.
        await inB(() => runner.startTransaction());
        await inA(() => runner.query('SELECT 1'));
        await inA(() => runner.rollbackTransaction());
        expect(await seenInA()).toEqual([{ id: a }]);
        // Committing a transaction that failed rolls it back too.
        await inB(() => runner.startTransaction());
        await inA(async () => {
          await runner.query('SELECT 1');
          await expect(runner.query('SELECT 1/0')).rejects.toThrow(/division by zero/);
          await runner.commitTransaction();
        });
        expect(await seenInA()).toEqual([{ id: a }]);
      } finally {
        await runner.release();
      }
    });

    it('answers a member’s GraphQL request, over HTTP and over a socket, with their panel only, even from a query that forgot its filter', async () => {
      const panels = t.app.get(PanelsService);
      const forgetful = jest.spyOn(panels, 'list').mockImplementation(async (_ctx: RequestContext) =>
        (await t.appDataSource.query(`SELECT id, code, name, force_name FROM panel ORDER BY name`)).map(
          (r: { id: string; code: string; name: string; force_name: string }) => ({
            id: r.id,
            code: r.code,
            name: r.name,
            forceName: r.force_name,
            scaleMax: 5,
            tiers: [],
            version: 1,
          }),
        ),
      );
      const url = await t.listen();
      const client = wsClient(url, await t.signIn(p.users.PARTNER_MEMBER.email, TEST_PASSWORD));
      try {
        const session = await t.signIn(p.users.CHAIR.email, TEST_PASSWORD);
        const overHttp = await t.gql<{ panels: { id: string }[] }>('{ panels { id } }', {}, { session });
        expect(overHttp.errors).toBeUndefined();
        expect(overHttp.data?.panels).toEqual([{ id: p.panelId }]);
        const overSocket = collect<{ panels: { id: string }[] }>(client, '{ panels { id } }', {});
        await overSocket.done;
        expect(overSocket.errors).toEqual([]);
        expect(overSocket.events).toEqual([{ panels: [{ id: p.panelId }] }]);
        expect(forgetful).toHaveBeenCalledTimes(2);
        // Signed out, the same request finds no panel at all (and is refused before it reaches the query).
        expect((await t.gql('{ panels { id } }')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      } finally {
        forgetful.mockRestore();
        await client.dispose();
      }
    });
  });
});
