import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A viewer without cover reads a panel's free text with its known names, home addresses and nominals' vehicles
 * masked, and kept answers (CreatePanelRevision) are kept masked. The revision must therefore move when what the
 * mask is made of changes: a place (a new home address, a label corrected), and a place or vehicle linked to a
 * nominal. Nominals and vehicles already move it (ReviseGroupListTables).
 */
const REVISED_CHILD_TABLES: [string, string, string][] = [
  ['nominal_place', 'nominal_id', 'nominal'],
  ['nominal_vehicle', 'nominal_id', 'nominal'],
];

export class ReviseKnownTermTables1766300000000 implements MigrationInterface {
  name = 'ReviseKnownTermTables1766300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE CONSTRAINT TRIGGER "TRG_place_panel_revision" AFTER INSERT OR UPDATE OR DELETE ON "place"
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "panel_revision_bump"()`);
    for (const [table, column, parent] of REVISED_CHILD_TABLES) {
      await q.query(`CREATE CONSTRAINT TRIGGER "TRG_${table}_panel_revision" AFTER INSERT OR UPDATE OR DELETE ON "${table}"
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "panel_revision_bump"('${parent}', '${column}')`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['place', ...REVISED_CHILD_TABLES.map(([t]) => t)]) {
      await q.query(`DROP TRIGGER "TRG_${table}_panel_revision" ON "${table}"`);
    }
  }
}
