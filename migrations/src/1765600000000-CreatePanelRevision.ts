import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The role the API connects as (migration EnforcePanelIsolation). */
const APP_ROLE = 'sentinel_app';

/** See EnforcePanelIsolation: the panels the statement's viewer may see. */
const SCOPE = `current_setting('sentinel.scope', true)`;
const IN_SCOPE = (column: string) =>
  `(${column} = ANY ((SELECT CASE WHEN s IN ('', 'all') THEN NULL ELSE s::uuid[] END FROM ${SCOPE} AS s)::uuid[]) OR (SELECT ${SCOPE} = 'all'))`;

/**
 * The tables whose changes the panel-wide figures read (the threat picture, the task board), each row naming its
 * panel; a cached answer is good while none of them has changed in its panel. A test checks that every table the
 * cached figures read carries the trigger.
 */
const REVISED_TABLES = ['agency', 'ocg', 'ocg_score', 'disruption', 'task', 'meeting', 'emerging_threat'];

/** Tables whose rows name their panel through a parent row: [table, column, parent table]. */
const REVISED_CHILD_TABLES: [string, string, string][] = [['emerging_threat_outcome', 'meeting_id', 'meeting']];

/**
 * A revision number per panel that every committed change to the panel's figures moves on, so that an API process
 * can keep the answer of a panel-wide read and know, with one indexed read, whether it still holds: whichever
 * process, job, import or hand-run statement made the change.
 *
 * A deferred constraint trigger moves it at commit, once per panel and transaction (a transaction-local setting
 * remembers the panels already moved), so the row's lock is held only while the transaction commits, not while an
 * import runs, and the new revision becomes visible together with the change itself. No foreign key: a panel removed
 * in the same transaction as its last change must not make the commit fail.
 */
export class CreatePanelRevision1765600000000 implements MigrationInterface {
  name = 'CreatePanelRevision1765600000000';

  async up(q: QueryRunner): Promise<void> {
    const [{ schema }]: { schema: string }[] = await q.query(`SELECT quote_ident(current_schema()) AS schema`);
    await q.query(`CREATE TABLE "panel_revision" (
      "panel_id" uuid PRIMARY KEY,
      "revision" bigint NOT NULL DEFAULT 0
    )`);
    await q.query(`REVOKE ALL ON "panel_revision" FROM PUBLIC, ${APP_ROLE}`);
    await q.query(`GRANT SELECT ON "panel_revision" TO ${APP_ROLE}`);
    await q.query(`ALTER TABLE "panel_revision" ENABLE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY "panel_revision_read" ON "panel_revision" FOR SELECT USING (${IN_SCOPE('"panel_id"')})`);

    // With two arguments (parent table, column) the panel is the parent row's.
    await q.query(`CREATE FUNCTION "panel_revision_bump"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
      SET search_path = ${schema}, pg_temp AS $$
      DECLARE
        row_data jsonb := to_jsonb(CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END);
        panel uuid;
        moved text := coalesce(current_setting('sentinel.revised_panels', true), '');
      BEGIN
        IF TG_NARGS = 2 THEN
          EXECUTE format('SELECT "panel_id" FROM %I WHERE "id" = $1', TG_ARGV[0]) INTO panel USING (row_data ->> TG_ARGV[1])::uuid;
        ELSE
          panel := (row_data ->> 'panel_id')::uuid;
        END IF;
        IF panel IS NULL OR strpos(moved, panel::text) > 0 THEN
          RETURN NULL;
        END IF;
        PERFORM set_config('sentinel.revised_panels', moved || panel::text || ',', true);
        INSERT INTO "panel_revision" ("panel_id", "revision") VALUES (panel, 1)
          ON CONFLICT ("panel_id") DO UPDATE SET "revision" = "panel_revision"."revision" + 1;
        RETURN NULL;
      END $$`);
    await q.query(`REVOKE ALL ON FUNCTION "panel_revision_bump"() FROM PUBLIC`);
    for (const table of REVISED_TABLES) {
      await q.query(`CREATE CONSTRAINT TRIGGER "TRG_${table}_panel_revision" AFTER INSERT OR UPDATE OR DELETE ON "${table}"
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "panel_revision_bump"()`);
    }
    for (const [table, column, parent] of REVISED_CHILD_TABLES) {
      await q.query(`CREATE CONSTRAINT TRIGGER "TRG_${table}_panel_revision" AFTER INSERT OR UPDATE OR DELETE ON "${table}"
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "panel_revision_bump"('${parent}', '${column}')`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [...REVISED_TABLES, ...REVISED_CHILD_TABLES.map(([t]) => t)]) {
      await q.query(`DROP TRIGGER "TRG_${table}_panel_revision" ON "${table}"`);
    }
    await q.query(`DROP FUNCTION "panel_revision_bump"()`);
    await q.query(`DROP TABLE "panel_revision"`);
  }
}
