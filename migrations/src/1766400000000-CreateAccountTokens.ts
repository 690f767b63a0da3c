import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The role the API connects as (migration EnforcePanelIsolation). */
const APP_ROLE = 'sentinel_app';

/** The viewer as the session viewer functions build it (migration CreateSessionViewerFunctions), with or without the old flag. */
const viewer = (
  withFlag: boolean,
) => `'sessionId', s.id, 'userId', u.id, 'name', u.name, 'email', u.email, 'agencyId', u.agency_id, 'isAdmin', u.is_admin,${
  withFlag ? `\n  'mustChangePassword', u.must_change_password,` : ''
}
  'agencyAllowsPersonalData', COALESCE((SELECT a.isa_covers_personal_data AND a.isa_expires_on >= (now() AT TIME ZONE 'Europe/London')::date
                                          FROM agency a WHERE a.id = u.agency_id), false),
  'memberships', COALESCE((SELECT json_agg(json_build_object('panelId', m.panel_id, 'role', m.role)) FROM membership m WHERE m.user_id = u.id), '[]')`;

const LIVE = `s.ended_at IS NULL AND u.disabled_at IS NULL
  AND s.last_seen_at > now() - make_interval(mins => inactivity_minutes)
  AND s.created_at > now() - make_interval(hours => absolute_hours)`;

/**
 * Accounts are opened by invitation and recovered by email, with single-use links: `account_token` keeps only the
 * SHA-256 hash of each link's random token, what it is for, whose it is and until when it works. Requests for a
 * reset link are counted per address typed (hashed) and per client address in `password_reset_request`. Mail
 * about an account goes into the mail log too: an invitation under its panel, a reset with no panel (no panel's
 * log shows it). Temporary passwords, and the flag that made their holder change them, are gone.
 */
export class CreateAccountTokens1766400000000 implements MigrationInterface {
  name = 'CreateAccountTokens1766400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "account_token" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "purpose" character varying(20) NOT NULL,
      "user_id" uuid NOT NULL,
      "token_hash" character(64) NOT NULL,
      "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "used_at" TIMESTAMP WITH TIME ZONE,
      "created_by" uuid,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_account_token" PRIMARY KEY ("id"),
      CONSTRAINT "UQ_account_token_hash" UNIQUE ("token_hash"),
      CONSTRAINT "FK_account_token_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_account_token_created_by" FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE SET NULL,
      CONSTRAINT "CHK_account_token_purpose" CHECK ("purpose" IN ('INVITATION','PASSWORD_RESET')))`);
    // Open links of a person (closed together; a member's invitation shown on the member list).
    await q.query(`CREATE INDEX "IDX_account_token_user_open" ON "account_token" ("user_id", "purpose", "expires_at") WHERE "used_at" IS NULL`);
    await q.query(`CREATE INDEX "IDX_account_token_created_by" ON "account_token" ("created_by")`);

    await q.query(`CREATE TABLE "password_reset_request" (
      "id" bigserial NOT NULL,
      "email_key" character(64) NOT NULL,
      "ip" character varying(64) NOT NULL,
      "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_password_reset_request" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_password_reset_request_email" ON "password_reset_request" ("email_key", "at")`);
    await q.query(`CREATE INDEX "IDX_password_reset_request_ip" ON "password_reset_request" ("ip", "at")`);

    // No panel owns either table: no row-level security, as for sign_in_attempt.
    await q.query(`REVOKE ALL ON "account_token", "password_reset_request" FROM PUBLIC`);
    await q.query(`GRANT SELECT, INSERT, UPDATE ON "account_token" TO ${APP_ROLE}`);
    await q.query(`GRANT SELECT, INSERT, DELETE ON "password_reset_request" TO ${APP_ROLE}`);
    await q.query(`GRANT USAGE, SELECT ON SEQUENCE "password_reset_request_id_seq" TO ${APP_ROLE}`);

    await q.query(`ALTER TABLE "mail_message" DROP CONSTRAINT "CHK_mail_message_kind"`);
    await q.query(`ALTER TABLE "mail_message" ADD CONSTRAINT "CHK_mail_message_kind"
      CHECK ("kind" IN ('AGENDA_PUBLISHED','TASK_REMINDER','WEEKLY_DIGEST','ACCOUNT_INVITATION','PASSWORD_RESET'))`);

    await this.viewerFunctions(q, false);
    await q.query(`ALTER TABLE "app_user" DROP COLUMN "must_change_password"`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "app_user" ADD "must_change_password" boolean NOT NULL DEFAULT false`);
    await this.viewerFunctions(q, true);
    await q.query(`DELETE FROM "mail_message" WHERE "kind" IN ('ACCOUNT_INVITATION','PASSWORD_RESET')`);
    await q.query(`ALTER TABLE "mail_message" DROP CONSTRAINT "CHK_mail_message_kind"`);
    await q.query(
      `ALTER TABLE "mail_message" ADD CONSTRAINT "CHK_mail_message_kind" CHECK ("kind" IN ('AGENDA_PUBLISHED','TASK_REMINDER','WEEKLY_DIGEST'))`,
    );
    await q.query(`DROP TABLE "password_reset_request"`);
    await q.query(`DROP TABLE "account_token"`);
  }

  /** The session viewer functions, rebuilt in place (same signatures, so their grants stay). */
  private async viewerFunctions(q: QueryRunner, withFlag: boolean): Promise<void> {
    const [{ schema }]: { schema: string }[] = await q.query(`SELECT quote_ident(current_schema()) AS schema`);
    await q.query(`CREATE OR REPLACE FUNCTION "session_viewer"(token_hash text, inactivity_minutes int, absolute_hours int, touch_seconds int)
      RETURNS SETOF json LANGUAGE sql STABLE SECURITY DEFINER SET search_path = ${schema}, pg_temp AS $$
        SELECT json_build_object(${viewer(withFlag)}, 'stale', s.last_seen_at < now() - make_interval(secs => touch_seconds))
          FROM user_session s JOIN app_user u ON u.id = s.user_id
         WHERE s.token_hash = session_viewer.token_hash AND ${LIVE}
      $$`);
    await q.query(`CREATE OR REPLACE FUNCTION "session_viewers"(session_ids uuid[], inactivity_minutes int, absolute_hours int)
      RETURNS SETOF json LANGUAGE sql STABLE SECURITY DEFINER SET search_path = ${schema}, pg_temp AS $$
        SELECT json_build_object(${viewer(withFlag)})
          FROM user_session s JOIN app_user u ON u.id = s.user_id
         WHERE s.id = ANY(session_ids) AND ${LIVE}
      $$`);
  }
}
