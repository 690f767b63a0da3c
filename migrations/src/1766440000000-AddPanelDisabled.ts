import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A panel the system administrator has disabled: kept whole (records, audit and mail log), but no longer acted in.
 */
export class AddPanelDisabled1766440000000 implements MigrationInterface {
  name = 'AddPanelDisabled1766440000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "panel" ADD "disabled_at" timestamp with time zone`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "panel" DROP COLUMN "disabled_at"`);
  }
}
