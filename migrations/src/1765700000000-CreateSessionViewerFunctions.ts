import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The role the API connects as (migration EnforcePanelIsolation). */
const APP_ROLE = 'sentinel_app';

/** Who a session belongs to, with their agency's agreement and their roles, as the API's Viewer needs them. */
const VIEWER = `'sessionId', s.id, 'userId', u.id, 'name', u.name, 'email', u.email, 'agencyId', u.agency_id, 'isAdmin', u.is_admin,
  'mustChangePassword', u.must_change_password,
  'agencyAllowsPersonalData', COALESCE((SELECT a.isa_covers_personal_data AND a.isa_expires_on >= (now() AT TIME ZONE 'Europe/London')::date
                                          FROM agency a WHERE a.id = u.agency_id), false),
  'memberships', COALESCE((SELECT json_agg(json_build_object('panelId', m.panel_id, 'role', m.role)) FROM membership m WHERE m.user_id = u.id), '[]')`;

/** A session that has not ended, timed out, or lost its user. */
const LIVE = `s.ended_at IS NULL AND u.disabled_at IS NULL
  AND s.last_seen_at > now() - make_interval(mins => inactivity_minutes)
  AND s.created_at > now() - make_interval(hours => absolute_hours)`;

/**
 * Who is behind a session, read without regard to the panels the connection is set to show: a person's roles and
 * agency are read in every panel, before anyone knows which panels the request may see. Until now each request
 * switched its connection to every panel for this read and back to the viewer's panels after it, two more
 * statements on every request; these functions read just the session's own viewer, whatever the setting, and are
 * all the app role may learn through them.
 */
export class CreateSessionViewerFunctions1765700000000 implements MigrationInterface {
  name = 'CreateSessionViewerFunctions1765700000000';

  async up(q: QueryRunner): Promise<void> {
    const [{ schema }]: { schema: string }[] = await q.query(`SELECT quote_ident(current_schema()) AS schema`);
    // The viewer behind a cookie's token hash; `stale` when its last-seen time is older than `touch_seconds`.
    await q.query(`CREATE FUNCTION "session_viewer"(token_hash text, inactivity_minutes int, absolute_hours int, touch_seconds int)
      RETURNS SETOF json LANGUAGE sql STABLE SECURITY DEFINER SET search_path = ${schema}, pg_temp AS $$
        SELECT json_build_object(${VIEWER}, 'stale', s.last_seen_at < now() - make_interval(secs => touch_seconds))
          FROM user_session s JOIN app_user u ON u.id = s.user_id
         WHERE s.token_hash = session_viewer.token_hash AND ${LIVE}
      $$`);
    // The viewers behind the sessions open sockets hold; reading is not activity.
    await q.query(`CREATE FUNCTION "session_viewers"(session_ids uuid[], inactivity_minutes int, absolute_hours int)
      RETURNS SETOF json LANGUAGE sql STABLE SECURITY DEFINER SET search_path = ${schema}, pg_temp AS $$
        SELECT json_build_object(${VIEWER})
          FROM user_session s JOIN app_user u ON u.id = s.user_id
         WHERE s.id = ANY(session_ids) AND ${LIVE}
      $$`);
    for (const fn of ['"session_viewer"(text, int, int, int)', '"session_viewers"(uuid[], int, int)']) {
      await q.query(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
      await q.query(`GRANT EXECUTE ON FUNCTION ${fn} TO ${APP_ROLE}`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION "session_viewers"(uuid[], int, int)`);
    await q.query(`DROP FUNCTION "session_viewer"(text, int, int, int)`);
  }
}
