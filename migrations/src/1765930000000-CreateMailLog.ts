import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The role the API connects as (migration EnforcePanelIsolation). */
const APP_ROLE = 'sentinel_app';

/** See EnforcePanelIsolation: the panels the statement's viewer may see. */
const SCOPE = `current_setting('sentinel.scope', true)`;
const IN_SCOPE = (column: string) =>
  `(${column} = ANY ((SELECT CASE WHEN s IN ('', 'all') THEN NULL ELSE s::uuid[] END FROM ${SCOPE} AS s)::uuid[]) OR (SELECT ${SCOPE} = 'all'))`;

/**
 * Every message Sentinel sends or meant to send, for the panel's chair and coordinators to see who was told what
 * and what did not go: the recipient, the subject, what it was about and whether it went (sent; not sent, as no mail
 * server is set; refused by the mail server, and why). The body is not kept: it is built from records the panel
 * holds anyway. Append-only for the API, read within the panel's scope; a message of no panel (none yet) is read
 * only by system work.
 */
export class CreateMailLog1765930000000 implements MigrationInterface {
  name = 'CreateMailLog1765930000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "mail_message" (
      "id" bigint GENERATED ALWAYS AS IDENTITY CONSTRAINT "PK_mail_message" PRIMARY KEY,
      "panel_id" uuid CONSTRAINT "FK_mail_message_panel" REFERENCES "panel"("id") ON DELETE CASCADE,
      "at" timestamp with time zone NOT NULL DEFAULT now(),
      "kind" character varying(32) NOT NULL
        CONSTRAINT "CHK_mail_message_kind" CHECK ("kind" IN ('AGENDA_PUBLISHED','TASK_REMINDER','WEEKLY_DIGEST')),
      "recipient" character varying(320) NOT NULL,
      "subject" text NOT NULL,
      "outcome" character varying(16) NOT NULL CONSTRAINT "CHK_mail_message_outcome" CHECK ("outcome" IN ('SENT','NOT_SENT','REFUSED')),
      "reason" character varying(300),
      CONSTRAINT "CHK_mail_message_reason" CHECK (("outcome" = 'SENT') = ("reason" IS NULL))
    )`);
    await q.query(`CREATE INDEX "IDX_mail_message_panel_at" ON "mail_message" ("panel_id", "at" DESC, "id" DESC)`);
    await q.query(`REVOKE ALL ON "mail_message" FROM PUBLIC, ${APP_ROLE}`);
    await q.query(`GRANT SELECT, INSERT ON "mail_message" TO ${APP_ROLE}`);
    await q.query(`ALTER TABLE "mail_message" ENABLE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY "mail_message_read" ON "mail_message" FOR SELECT USING (${IN_SCOPE('"panel_id"')})`);
    await q.query(`CREATE POLICY "mail_message_append" ON "mail_message" FOR INSERT WITH CHECK (${IN_SCOPE('"panel_id"')})`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "mail_message"`);
  }
}
