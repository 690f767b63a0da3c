import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The role the API connects as (migration EnforcePanelIsolation). */
const APP_ROLE = 'sentinel_app';

/** The viewer as CreateAccountTokens left it, and what this migration adds for the second-factor gate. */
const VIEWER_BEFORE = `'sessionId', s.id, 'userId', u.id, 'name', u.name, 'email', u.email, 'agencyId', u.agency_id, 'isAdmin', u.is_admin,
  'agencyAllowsPersonalData', COALESCE((SELECT a.isa_covers_personal_data AND a.isa_expires_on >= (now() AT TIME ZONE 'Europe/London')::date
                                          FROM agency a WHERE a.id = u.agency_id), false),
  'memberships', COALESCE((SELECT json_agg(json_build_object('panelId', m.panel_id, 'role', m.role)) FROM membership m WHERE m.user_id = u.id), '[]')`;
const SECOND_FACTOR = `,
  'secondFactorEnrolled', EXISTS (SELECT 1 FROM user_second_factor f WHERE f.user_id = u.id AND f.enrolled_at IS NOT NULL),
  'secondFactorAt', s.second_factor_at`;

const LIVE = `s.ended_at IS NULL AND u.disabled_at IS NULL
  AND s.last_seen_at > now() - make_interval(mins => inactivity_minutes)
  AND s.created_at > now() - make_interval(hours => absolute_hours)`;

async function createViewerFunctions(q: QueryRunner, viewer: string): Promise<void> {
  const [{ schema }]: { schema: string }[] = await q.query(`SELECT quote_ident(current_schema()) AS schema`);
  await q.query(`CREATE OR REPLACE FUNCTION "session_viewer"(token_hash text, inactivity_minutes int, absolute_hours int, touch_seconds int)
    RETURNS SETOF json LANGUAGE sql STABLE SECURITY DEFINER SET search_path = ${schema}, pg_temp AS $$
      SELECT json_build_object(${viewer}, 'stale', s.last_seen_at < now() - make_interval(secs => touch_seconds))
        FROM user_session s JOIN app_user u ON u.id = s.user_id
       WHERE s.token_hash = session_viewer.token_hash AND ${LIVE}
    $$`);
  await q.query(`CREATE OR REPLACE FUNCTION "session_viewers"(session_ids uuid[], inactivity_minutes int, absolute_hours int)
    RETURNS SETOF json LANGUAGE sql STABLE SECURITY DEFINER SET search_path = ${schema}, pg_temp AS $$
      SELECT json_build_object(${viewer})
        FROM user_session s JOIN app_user u ON u.id = s.user_id
       WHERE s.id = ANY(session_ids) AND ${LIVE}
    $$`);
}

/**
 * A second factor for signing in: a person's authenticator-app secret (encrypted by the API before it is written,
 * so the table alone gives nothing away), their recovery codes (hashed), and the codes tried in each session. The
 * session viewer functions also tell whether the person has a second factor and when the session proved it.
 */
export class CreateSecondFactor1766410000000 implements MigrationInterface {
  name = 'CreateSecondFactor1766410000000';

  async up(q: QueryRunner): Promise<void> {
    // `pending_secret` is an app being set up, until a code from it confirms it; `last_step` is the time step of the
    // last code accepted, so that no code is accepted twice.
    await q.query(`CREATE TABLE "user_second_factor" (
      "user_id" uuid NOT NULL,
      "secret" text,
      "enrolled_at" TIMESTAMP WITH TIME ZONE,
      "last_step" bigint,
      "pending_secret" text,
      "pending_at" TIMESTAMP WITH TIME ZONE,
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_user_second_factor" PRIMARY KEY ("user_id"),
      CONSTRAINT "FK_user_second_factor_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id"),
      CONSTRAINT "CHK_user_second_factor_enrolled" CHECK (("secret" IS NULL) = ("enrolled_at" IS NULL)))`);
    await q.query(`CREATE TABLE "second_factor_recovery_code" (
      "id" bigserial NOT NULL,
      "user_id" uuid NOT NULL,
      "code_hash" character(64) NOT NULL,
      "used_at" TIMESTAMP WITH TIME ZONE,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_second_factor_recovery_code" PRIMARY KEY ("id"),
      CONSTRAINT "UQ_second_factor_recovery_code" UNIQUE ("user_id", "code_hash"),
      CONSTRAINT "FK_second_factor_recovery_code_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id"))`);
    // Codes tried in a session (each try is counted before it is checked, and given back when right).
    await q.query(`CREATE TABLE "second_factor_attempt" (
      "session_id" uuid NOT NULL,
      "tries" integer NOT NULL DEFAULT 0,
      CONSTRAINT "PK_second_factor_attempt" PRIMARY KEY ("session_id"),
      CONSTRAINT "FK_second_factor_attempt_session" FOREIGN KEY ("session_id") REFERENCES "user_session"("id"))`);
    // No panel owns them, so no row-level security, as for the sessions themselves.
    for (const table of ['user_second_factor', 'second_factor_recovery_code', 'second_factor_attempt']) {
      await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON "${table}" TO ${APP_ROLE}`);
    }
    await q.query(`GRANT USAGE, SELECT ON SEQUENCE "second_factor_recovery_code_id_seq" TO ${APP_ROLE}`);
    await createViewerFunctions(q, VIEWER_BEFORE + SECOND_FACTOR);
  }

  async down(q: QueryRunner): Promise<void> {
    await createViewerFunctions(q, VIEWER_BEFORE);
    await q.query(`DROP TABLE "second_factor_attempt"`);
    await q.query(`DROP TABLE "second_factor_recovery_code"`);
    await q.query(`DROP TABLE "user_second_factor"`);
  }
}
