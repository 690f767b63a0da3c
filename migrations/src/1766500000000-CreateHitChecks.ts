import type { MigrationInterface, QueryRunner } from 'typeorm';

const SCOPE = `current_setting('sentinel.scope', true)`;
const IN_SCOPE = (column: string) =>
  `(${column} = ANY ((SELECT CASE WHEN s IN ('', 'all') THEN NULL ELSE s::uuid[] END FROM ${SCOPE} AS s)::uuid[]) OR (SELECT ${SCOPE} = 'all'))`;
const TS = 'TIMESTAMP WITH TIME ZONE';
const MAIL_KINDS_BEFORE = `'AGENDA_PUBLISHED','TASK_REMINDER','WEEKLY_DIGEST','ACCOUNT_INVITATION','PASSWORD_RESET','MEMBERSHIP_REVIEW'`;
const MAIL_KINDS = `${MAIL_KINDS_BEFORE},'HIT_CHECK'`;

/**
 * Hit/no-hit before a meeting. The chair circulates the subjects on the published agenda, by reference only
 * (`hit_check`, one per meeting, and its `hit_check_subject` rows: the groups of the agenda's open items and their
 * nominals); each agency answers, for each subject, whether it holds something (`hit_check_answer`, one per subject
 * and agency, with what it holds written only when it does). Every table names its panel and has row-level security.
 * The agencies are asked by mail (`HIT_CHECK`), which names the references only.
 */
export class CreateHitChecks1766500000000 implements MigrationInterface {
  name = 'CreateHitChecks1766500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "hit_check" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "panel_id" uuid NOT NULL,
      "meeting_id" uuid NOT NULL,
      "circulated_by" uuid,
      "circulated_at" ${TS} NOT NULL DEFAULT now(),
      CONSTRAINT "PK_hit_check" PRIMARY KEY ("id"),
      CONSTRAINT "UQ_hit_check_meeting" UNIQUE ("meeting_id"),
      CONSTRAINT "FK_hit_check_panel" FOREIGN KEY ("panel_id") REFERENCES "panel"("id"),
      CONSTRAINT "FK_hit_check_meeting" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_hit_check_circulated_by" FOREIGN KEY ("circulated_by") REFERENCES "app_user"("id"))`);
    await q.query(`CREATE INDEX "IDX_hit_check_panel" ON "hit_check" ("panel_id")`);
    await q.query(`CREATE TABLE "hit_check_subject" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "hit_check_id" uuid NOT NULL,
      "panel_id" uuid NOT NULL,
      "subject_kind" character varying(10) NOT NULL,
      "subject_id" uuid NOT NULL,
      "reference" character varying(20) NOT NULL,
      "position" smallint NOT NULL,
      CONSTRAINT "PK_hit_check_subject" PRIMARY KEY ("id"),
      CONSTRAINT "UQ_hit_check_subject" UNIQUE ("hit_check_id", "subject_kind", "subject_id"),
      CONSTRAINT "FK_hit_check_subject_check" FOREIGN KEY ("hit_check_id") REFERENCES "hit_check"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_hit_check_subject_panel" FOREIGN KEY ("panel_id") REFERENCES "panel"("id"),
      CONSTRAINT "CHK_hit_check_subject_kind" CHECK ("subject_kind" IN ('OCG','NOMINAL')))`);
    await q.query(`CREATE INDEX "IDX_hit_check_subject_panel" ON "hit_check_subject" ("panel_id")`);
    await q.query(`CREATE TABLE "hit_check_answer" (
      "subject_id" uuid NOT NULL,
      "agency_id" uuid NOT NULL,
      "panel_id" uuid NOT NULL,
      "hit" boolean NOT NULL,
      "detail" character varying(2000),
      "answered_by" uuid,
      "answered_at" ${TS} NOT NULL DEFAULT now(),
      CONSTRAINT "PK_hit_check_answer" PRIMARY KEY ("subject_id", "agency_id"),
      CONSTRAINT "FK_hit_check_answer_subject" FOREIGN KEY ("subject_id") REFERENCES "hit_check_subject"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_hit_check_answer_agency" FOREIGN KEY ("agency_id") REFERENCES "agency"("id"),
      CONSTRAINT "FK_hit_check_answer_panel" FOREIGN KEY ("panel_id") REFERENCES "panel"("id"),
      CONSTRAINT "FK_hit_check_answer_by" FOREIGN KEY ("answered_by") REFERENCES "app_user"("id"),
      CONSTRAINT "CHK_hit_check_answer_detail" CHECK ("hit" OR "detail" IS NULL))`);
    await q.query(`CREATE INDEX "IDX_hit_check_answer_agency" ON "hit_check_answer" ("agency_id")`);
    await q.query(`CREATE INDEX "IDX_hit_check_answer_panel" ON "hit_check_answer" ("panel_id")`);
    for (const table of ['hit_check', 'hit_check_subject', 'hit_check_answer']) {
      await q.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await q.query(`CREATE POLICY "panel_scope" ON "${table}" USING ${IN_SCOPE('"panel_id"')}`);
    }
    await q.query(`ALTER TABLE "mail_message" DROP CONSTRAINT "CHK_mail_message_kind"`);
    await q.query(`ALTER TABLE "mail_message" ADD CONSTRAINT "CHK_mail_message_kind" CHECK ("kind" IN (${MAIL_KINDS}))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM "mail_message" WHERE "kind" = 'HIT_CHECK'`);
    await q.query(`ALTER TABLE "mail_message" DROP CONSTRAINT "CHK_mail_message_kind"`);
    await q.query(`ALTER TABLE "mail_message" ADD CONSTRAINT "CHK_mail_message_kind" CHECK ("kind" IN (${MAIL_KINDS_BEFORE}))`);
    await q.query(`DROP TABLE "hit_check_answer"`);
    await q.query(`DROP TABLE "hit_check_subject"`);
    await q.query(`DROP TABLE "hit_check"`);
  }
}
