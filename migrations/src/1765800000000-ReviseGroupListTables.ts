import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables whose rows name their panel (see CreatePanelRevision). */
const REVISED_TABLES = ['nominal', 'vehicle', 'agenda_item'];

/** Tables whose rows name their panel through a parent row: [table, column, parent table]. */
const REVISED_CHILD_TABLES: [string, string, string][] = [
  ['ocg_nominal', 'ocg_id', 'ocg'],
  ['ocg_vehicle', 'ocg_id', 'ocg'],
  ['agenda_item_record', 'agenda_item_id', 'agenda_item'],
];

/**
 * The panel's revision (CreatePanelRevision) also moves with everything the group list's answers read, so that a
 * whole answer can be kept while it stands: a group's nominals and vehicles and their links, and the agenda items
 * that decide which tasks a viewer counts. A member's name is shown beside the groups they lead, so renaming a
 * person moves the revision of every panel they belong to; nothing else about a person does.
 */
export class ReviseGroupListTables1765800000000 implements MigrationInterface {
  name = 'ReviseGroupListTables1765800000000';

  async up(q: QueryRunner): Promise<void> {
    const [{ schema }]: { schema: string }[] = await q.query(`SELECT quote_ident(current_schema()) AS schema`);
    for (const table of REVISED_TABLES) {
      await q.query(`CREATE CONSTRAINT TRIGGER "TRG_${table}_panel_revision" AFTER INSERT OR UPDATE OR DELETE ON "${table}"
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "panel_revision_bump"()`);
    }
    for (const [table, column, parent] of REVISED_CHILD_TABLES) {
      await q.query(`CREATE CONSTRAINT TRIGGER "TRG_${table}_panel_revision" AFTER INSERT OR UPDATE OR DELETE ON "${table}"
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "panel_revision_bump"('${parent}', '${column}')`);
    }
    // As panel_revision_bump, for each panel the renamed person is a member of.
    await q.query(`CREATE FUNCTION "panel_revision_bump_member"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
      SET search_path = ${schema}, pg_temp AS $$
      DECLARE
        panel uuid;
        moved text;
      BEGIN
        IF NEW.name IS NOT DISTINCT FROM OLD.name THEN
          RETURN NULL;
        END IF;
        FOR panel IN SELECT DISTINCT m."panel_id" FROM "membership" m WHERE m."user_id" = NEW.id LOOP
          moved := coalesce(current_setting('sentinel.revised_panels', true), '');
          CONTINUE WHEN strpos(moved, panel::text) > 0;
          PERFORM set_config('sentinel.revised_panels', moved || panel::text || ',', true);
          INSERT INTO "panel_revision" ("panel_id", "revision") VALUES (panel, 1)
            ON CONFLICT ("panel_id") DO UPDATE SET "revision" = "panel_revision"."revision" + 1;
        END LOOP;
        RETURN NULL;
      END $$`);
    await q.query(`REVOKE ALL ON FUNCTION "panel_revision_bump_member"() FROM PUBLIC`);
    await q.query(`CREATE CONSTRAINT TRIGGER "TRG_app_user_panel_revision" AFTER UPDATE OF "name" ON "app_user"
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "panel_revision_bump_member"()`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['app_user', ...REVISED_TABLES, ...REVISED_CHILD_TABLES.map(([t]) => t)]) {
      await q.query(`DROP TRIGGER "TRG_${table}_panel_revision" ON "${table}"`);
    }
    await q.query(`DROP FUNCTION "panel_revision_bump_member"()`);
  }
}
