import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The role the API connects as (directly, or through a login role that is a member of it). */
const APP_ROLE = 'sentinel_app';

/** Tables that hold a panel's records, each row naming its panel. */
const PANEL_TABLES = [
  'agency',
  'membership',
  'ocg',
  'ocg_score',
  'nominal',
  'vehicle',
  'place',
  'intelligence',
  'ocg_objective',
  'disruption',
  'referral',
  'task',
  'task_update',
  'meeting_series',
  'meeting',
  'agenda_item',
  'emerging_threat',
  'meeting_minutes',
  'assessment',
];

/** Tables whose rows belong to a panel through a parent row: [table, column, parent table]. */
const CHILD_TABLES: [string, string, string][] = [
  ['ocg_nominal', 'ocg_id', 'ocg'],
  ['ocg_vehicle', 'ocg_id', 'ocg'],
  ['ocg_place', 'ocg_id', 'ocg'],
  ['nominal_vehicle', 'nominal_id', 'nominal'],
  ['nominal_place', 'nominal_id', 'nominal'],
  ['intelligence_recipient', 'intelligence_id', 'intelligence'],
  ['disruption_nominal', 'disruption_id', 'disruption'],
  ['task_reminder', 'task_id', 'task'],
  ['agenda_item_record', 'agenda_item_id', 'agenda_item'],
  ['emerging_threat_outcome', 'meeting_id', 'meeting'],
  ['meeting_attendance', 'meeting_id', 'meeting'],
];

/*
 * The panels a statement may see, from the `sentinel.scope` setting that the API sets on its connection for each
 * request's viewer: 'all' (a system administrator, scheduled work) or an array of panel ids ('{...}'); unset,
 * empty or '{}', no panel. Each reading is a sub-select, so it is worked out once per statement, not per row.
 */
const SCOPE = `current_setting('sentinel.scope', true)`;
const IN_SCOPE = (column: string) =>
  `(${column} = ANY ((SELECT CASE WHEN s IN ('', 'all') THEN NULL ELSE s::uuid[] END FROM ${SCOPE} AS s)::uuid[]) OR (SELECT ${SCOPE} = 'all'))`;

/**
 * The database keeps panels apart too, whatever a query forgets: row-level security on every panel's table, for
 * the role the API connects as. That role owns nothing, so it can neither turn the policies or the audit trail's
 * triggers off nor change or remove an audit row; the owner (migrations, create-admin) is not subject to them.
 */
export class EnforcePanelIsolation1765200000000 implements MigrationInterface {
  name = 'EnforcePanelIsolation1765200000000';

  async up(q: QueryRunner): Promise<void> {
    // Roles belong to the server, not the database: another database on it may have created this one already.
    await q.query(`DO $$ BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${APP_ROLE}') THEN
        CREATE ROLE ${APP_ROLE} NOLOGIN;
      END IF;
    EXCEPTION
      WHEN duplicate_object OR unique_violation THEN NULL;
      WHEN insufficient_privilege THEN
        RAISE EXCEPTION 'The role ${APP_ROLE} does not exist and % may not create it: run CREATE ROLE ${APP_ROLE} NOLOGIN as a superuser first', current_user;
    END $$`);

    const schema = await currentSchema(q);
    await q.query(`GRANT USAGE ON SCHEMA ${schema} TO ${APP_ROLE}`);
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${schema} TO ${APP_ROLE}`);
    await q.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${schema} TO ${APP_ROLE}`);
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA ${schema} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${APP_ROLE}`);
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA ${schema} GRANT USAGE, SELECT ON SEQUENCES TO ${APP_ROLE}`);
    // The audit trail only grows; its rows are read back to tell a stale edit what changed.
    await q.query(`REVOKE UPDATE, DELETE ON "audit_event" FROM ${APP_ROLE}`);
    await q.query(`REVOKE ALL ON "migration" FROM ${APP_ROLE}`);

    await q.query(`ALTER TABLE "panel" ENABLE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY "panel_scope" ON "panel" USING ${IN_SCOPE('"id"')}`);
    for (const table of PANEL_TABLES) {
      await q.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await q.query(`CREATE POLICY "panel_scope" ON "${table}" USING ${IN_SCOPE('"panel_id"')}`);
    }
    // A child row is seen (and written) only where its parent is: the parent's own policy applies inside. Written
    // as IN, the planner may probe the parent row by row or hash the parents in scope, whichever costs less.
    for (const [table, column, parent] of CHILD_TABLES) {
      await q.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await q.query(`CREATE POLICY "panel_scope" ON "${table}" USING ("${column}" IN (SELECT "id" FROM "${parent}"))`);
    }
    // Rows of no panel (sign-ins, accounts) are the person's, not a panel's. Any row may be appended (a change or
    // consultation is never lost for want of scope); none may be changed or removed (no policy, no privilege).
    await q.query(`ALTER TABLE "audit_event" ENABLE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY "audit_read" ON "audit_event" FOR SELECT USING ("panel_id" IS NULL OR ${IN_SCOPE('"panel_id"')})`);
    await q.query(`CREATE POLICY "audit_append" ON "audit_event" FOR INSERT WITH CHECK (true)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP POLICY "audit_append" ON "audit_event"`);
    await q.query(`DROP POLICY "audit_read" ON "audit_event"`);
    await q.query(`ALTER TABLE "audit_event" DISABLE ROW LEVEL SECURITY`);
    for (const table of ['panel', ...PANEL_TABLES, ...CHILD_TABLES.map(([t]) => t)]) {
      await q.query(`DROP POLICY "panel_scope" ON "${table}"`);
      await q.query(`ALTER TABLE "${table}" DISABLE ROW LEVEL SECURITY`);
    }
    const schema = await currentSchema(q);
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA ${schema} REVOKE SELECT, INSERT, UPDATE, DELETE ON TABLES FROM ${APP_ROLE}`);
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA ${schema} REVOKE USAGE, SELECT ON SEQUENCES FROM ${APP_ROLE}`);
    await q.query(`REVOKE ALL ON ALL TABLES IN SCHEMA ${schema} FROM ${APP_ROLE}`);
    await q.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA ${schema} FROM ${APP_ROLE}`);
    await q.query(`REVOKE USAGE ON SCHEMA ${schema} FROM ${APP_ROLE}`);
    // The role itself stays: it belongs to the server, and other databases on it may still grant to it.
  }
}

async function currentSchema(q: QueryRunner): Promise<string> {
  const [{ schema }]: { schema: string }[] = await q.query(`SELECT quote_ident(current_schema()) AS schema`);
  return schema;
}
