import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The role the API connects as (migration EnforcePanelIsolation). */
const APP_ROLE = 'sentinel_app';

/** See EnforcePanelIsolation: the panels the statement's viewer may see. */
const SCOPE = `current_setting('sentinel.scope', true)`;
const IN_SCOPE = (column: string) =>
  `(${column} = ANY ((SELECT CASE WHEN s IN ('', 'all') THEN NULL ELSE s::uuid[] END FROM ${SCOPE} AS s)::uuid[]) OR (SELECT ${SCOPE} = 'all'))`;

const MAIL_KINDS_BEFORE = `'AGENDA_PUBLISHED','TASK_REMINDER','WEEKLY_DIGEST','ACCOUNT_INVITATION','PASSWORD_RESET'`;
const MAIL_KINDS = `${MAIL_KINDS_BEFORE},'MEMBERSHIP_REVIEW'`;

/**
 * The six-monthly membership review: every six months a panel's chairs confirm that each member still needs access;
 * whoever is not confirmed when the review closes, 30 days on, is disabled. A membership keeps when its access was
 * last confirmed and by whom; a review is a row per panel and period, at most one open at a time.
 */
export class CreateMembershipReview1766430000000 implements MigrationInterface {
  name = 'CreateMembershipReview1766430000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "membership_review" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid() CONSTRAINT "PK_membership_review" PRIMARY KEY,
      "panel_id" uuid NOT NULL CONSTRAINT "FK_membership_review_panel" REFERENCES "panel"("id") ON DELETE CASCADE,
      "opened_at" timestamp with time zone NOT NULL DEFAULT now(),
      "closes_at" timestamp with time zone NOT NULL,
      "closed_at" timestamp with time zone,
      "disabled_count" integer,
      CONSTRAINT "CHK_membership_review_period" CHECK ("closes_at" > "opened_at"),
      CONSTRAINT "CHK_membership_review_closed" CHECK (("closed_at" IS NULL) = ("disabled_count" IS NULL))
    )`);
    await q.query(`CREATE UNIQUE INDEX "UQ_membership_review_open" ON "membership_review" ("panel_id") WHERE "closed_at" IS NULL`);
    await q.query(`CREATE INDEX "IDX_membership_review_panel_opened" ON "membership_review" ("panel_id", "opened_at" DESC)`);
    await q.query(`CREATE INDEX "IDX_membership_review_closes" ON "membership_review" ("closes_at") WHERE "closed_at" IS NULL`);
    await q.query(`REVOKE ALL ON "membership_review" FROM PUBLIC, ${APP_ROLE}`);
    await q.query(`GRANT SELECT, INSERT, UPDATE ON "membership_review" TO ${APP_ROLE}`);
    await q.query(`ALTER TABLE "membership_review" ENABLE ROW LEVEL SECURITY`);
    await q.query(
      `CREATE POLICY "membership_review_panel" ON "membership_review" USING (${IN_SCOPE('"panel_id"')}) WITH CHECK (${IN_SCOPE('"panel_id"')})`,
    );

    await q.query(`ALTER TABLE "membership" ADD "access_confirmed_at" timestamp with time zone`);
    await q.query(
      `ALTER TABLE "membership" ADD "access_confirmed_by" uuid CONSTRAINT "FK_membership_access_confirmed_by" REFERENCES "app_user"("id") ON DELETE SET NULL`,
    );

    await q.query(`ALTER TABLE "mail_message" DROP CONSTRAINT "CHK_mail_message_kind"`);
    await q.query(`ALTER TABLE "mail_message" ADD CONSTRAINT "CHK_mail_message_kind" CHECK ("kind" IN (${MAIL_KINDS}))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM "mail_message" WHERE "kind" = 'MEMBERSHIP_REVIEW'`);
    await q.query(`ALTER TABLE "mail_message" DROP CONSTRAINT "CHK_mail_message_kind"`);
    await q.query(`ALTER TABLE "mail_message" ADD CONSTRAINT "CHK_mail_message_kind" CHECK ("kind" IN (${MAIL_KINDS_BEFORE}))`);
    await q.query(`ALTER TABLE "membership" DROP COLUMN "access_confirmed_by"`);
    await q.query(`ALTER TABLE "membership" DROP COLUMN "access_confirmed_at"`);
    await q.query(`DROP TABLE "membership_review"`);
  }
}
