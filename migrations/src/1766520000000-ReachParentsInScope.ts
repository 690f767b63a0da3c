import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables whose rows belong to a panel through a parent row (EnforcePanelIsolation): [table, column, parent table]. */
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
 * The panels in scope as an array, from the `sentinel.scope` setting as EnforcePanelIsolation reads it: every
 * panel for 'all' (scheduled work); the ids of an array ('{...}'); none when unset, empty or '{}'. A sub-select, so
 * it is worked out once per statement; the panels are read only for 'all'.
 */
const PANELS_IN_SCOPE = `(SELECT CASE WHEN s = 'all' THEN ARRAY(SELECT "id" FROM "panel") WHEN s = '' THEN NULL ELSE s::uuid[] END
    FROM current_setting('sentinel.scope', true) AS s)::uuid[]`;

/**
 * A link row (a group's nominals, a meeting's attendance, ...) is seen, and written, only where its parent is: as
 * before, the parent's own policy applies inside. The parent is now also asked to be in one of the panels in scope,
 * which that policy already implies, so exactly the same rows are seen; but the database can now reach it without
 * going through every panel's rows: by its id (a group page's few links, one index probe each), or, for many
 * links, among the parents of the panels in scope (by the panel's index where the parent table has one). Before,
 * each read of a link table went through the parent table of every panel on the database (at the national scale,
 * the groups of 43 panels for one group page).
 */
export class ReachParentsInScope1766520000000 implements MigrationInterface {
  name = 'ReachParentsInScope1766520000000';

  async up(q: QueryRunner): Promise<void> {
    for (const [table, column, parent] of CHILD_TABLES) {
      await q.query(
        `ALTER POLICY "panel_scope" ON "${table}" USING (EXISTS (SELECT 1 FROM "${parent}" p
           WHERE p."id" = "${table}"."${column}" AND p."panel_id" = ANY (${PANELS_IN_SCOPE})))`,
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [table, column, parent] of CHILD_TABLES) {
      await q.query(`ALTER POLICY "panel_scope" ON "${table}" USING ("${column}" IN (SELECT "id" FROM "${parent}"))`);
    }
  }
}
