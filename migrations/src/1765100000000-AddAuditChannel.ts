import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddAuditChannel1765100000000 implements MigrationInterface {
  name = 'AddAuditChannel1765100000000';

  async up(q: QueryRunner): Promise<void> {
    // The s.62 log names the way personal data left: on screen, over a live subscription, in a document, an export
    // or a mail. Change rows carry none.
    await q.query(`ALTER TABLE "audit_event" ADD "channel" character varying(20)`);
    await q.query(`ALTER TABLE "audit_event" ADD CONSTRAINT "CHK_audit_event_channel"
      CHECK ("channel" IN ('GRAPHQL','SUBSCRIPTION','DOCUMENT','EXPORT','MAIL'))`);
    // From now on no consultation or disclosure can be written without its channel. NOT VALID: the rows written
    // before the column existed stay as they are, since the trail is append-only.
    await q.query(`ALTER TABLE "audit_event" ADD CONSTRAINT "CHK_audit_event_channel_named"
      CHECK ("channel" IS NOT NULL OR "action" NOT IN ('CONSULT','DISCLOSE')) NOT VALID`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "audit_event" DROP CONSTRAINT "CHK_audit_event_channel_named"`);
    await q.query(`ALTER TABLE "audit_event" DROP CONSTRAINT "CHK_audit_event_channel"`);
    await q.query(`ALTER TABLE "audit_event" DROP COLUMN "channel"`);
  }
}
