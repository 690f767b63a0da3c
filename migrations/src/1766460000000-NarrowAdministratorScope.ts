import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Set by the API on a system administrator's request (api/src/core/database/panel-scope.ts), beside
 * `sentinel.scope`; unset or anything but 'on', off. A sub-select, so it is read once per statement.
 */
const ADMINISTRATION = `(SELECT current_setting('sentinel.administration', true) = 'on')`;

/** What administering panels, agencies and members reads and writes, in every panel: [table, command, policy]. */
const ADMINISTERED: [string, 'SELECT' | 'INSERT' | 'UPDATE', string][] = [
  ['panel', 'SELECT', 'panel_administration_read'],
  ['panel', 'INSERT', 'panel_administration_create'],
  ['panel', 'UPDATE', 'panel_administration_change'],
  ['agency', 'SELECT', 'agency_administration_read'],
  ['agency', 'INSERT', 'agency_administration_create'],
  ['agency', 'UPDATE', 'agency_administration_change'],
  ['membership', 'SELECT', 'membership_administration_read'],
  ['membership', 'INSERT', 'membership_administration_create'],
  ['membership', 'UPDATE', 'membership_administration_change'],
  // A panel's reviews: the open one is shown on its members' page and filters its list ("awaiting confirmation").
  ['membership_review', 'SELECT', 'membership_review_administration_read'],
];

/**
 * The system administrator administers every panel (its agencies and members: ADMIN_PANEL_PERMISSIONS in
 * shared/src/permissions.ts) but holds none of its records unless they sit on it. Their requests no longer set
 * `sentinel.scope` to every panel: it names their own panels, as anyone's, and `sentinel.administration` adds, by
 * these permissive policies (OR-ed with each table's panel scope), exactly what administration needs elsewhere:
 * the panel, agency and membership rows (read, create, change; nothing here removes one), the panel's
 * membership reviews (read), and the invitation mail sent to a member or a new panel's chair (appended to that
 * panel's mail log, which it does not read). Groups, nominals, intelligence, tasks, meetings, the audit trail and
 * the consultation log of a panel they do not sit on stay out of sight, whatever a query forgets. Scheduled work
 * ('all') is unchanged.
 */
export class NarrowAdministratorScope1766460000000 implements MigrationInterface {
  name = 'NarrowAdministratorScope1766460000000';

  async up(q: QueryRunner): Promise<void> {
    for (const [table, command, policy] of ADMINISTERED) {
      const using = command === 'INSERT' ? '' : `USING (${ADMINISTRATION})`;
      const check = command === 'SELECT' ? '' : `WITH CHECK (${ADMINISTRATION})`;
      await q.query(`CREATE POLICY "${policy}" ON "${table}" FOR ${command} ${using} ${check}`);
    }
    await q.query(
      `CREATE POLICY "mail_message_administration_append" ON "mail_message" FOR INSERT WITH CHECK (${ADMINISTRATION} AND "kind" = 'ACCOUNT_INVITATION')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP POLICY "mail_message_administration_append" ON "mail_message"`);
    for (const [table, , policy] of [...ADMINISTERED].reverse()) {
      await q.query(`DROP POLICY "${policy}" ON "${table}"`);
    }
  }
}
