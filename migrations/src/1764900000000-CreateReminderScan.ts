import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateReminderScan1764900000000 implements MigrationInterface {
  name = 'CreateReminderScan1764900000000';

  async up(q: QueryRunner): Promise<void> {
    // The last UK day the reminder scan covered, so that days missed while no process ran are caught up.
    await q.query(`CREATE TABLE "reminder_scan" (
      "id" smallint NOT NULL DEFAULT 1,
      "last_day" date NOT NULL,
      "scanned_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_reminder_scan" PRIMARY KEY ("id"),
      CONSTRAINT "CHK_reminder_scan_one_row" CHECK ("id" = 1))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "reminder_scan"`);
  }
}
