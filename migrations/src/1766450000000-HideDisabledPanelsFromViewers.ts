import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The viewer as CreateSecondFactor left it, with the panels a person sits on taken from `memberships`. */
const viewer = (
  memberships: string,
) => `'sessionId', s.id, 'userId', u.id, 'name', u.name, 'email', u.email, 'agencyId', u.agency_id, 'isAdmin', u.is_admin,
  'agencyAllowsPersonalData', COALESCE((SELECT a.isa_covers_personal_data AND a.isa_expires_on >= (now() AT TIME ZONE 'Europe/London')::date
                                          FROM agency a WHERE a.id = u.agency_id), false),
  'memberships', COALESCE((SELECT json_agg(json_build_object('panelId', m.panel_id, 'role', m.role)) FROM ${memberships}), '[]'),
  'secondFactorEnrolled', EXISTS (SELECT 1 FROM user_second_factor f WHERE f.user_id = u.id AND f.enrolled_at IS NOT NULL),
  'secondFactorAt', s.second_factor_at`;
const EVERY_PANEL = `membership m WHERE m.user_id = u.id`;
const ENABLED_PANELS = `membership m JOIN panel p ON p.id = m.panel_id AND p.disabled_at IS NULL WHERE m.user_id = u.id`;

const LIVE = `s.ended_at IS NULL AND u.disabled_at IS NULL
  AND s.last_seen_at > now() - make_interval(mins => inactivity_minutes)
  AND s.created_at > now() - make_interval(hours => absolute_hours)`;

async function createViewerFunctions(q: QueryRunner, fields: string): Promise<void> {
  const [{ schema }]: { schema: string }[] = await q.query(`SELECT quote_ident(current_schema()) AS schema`);
  await q.query(`CREATE OR REPLACE FUNCTION "session_viewer"(token_hash text, inactivity_minutes int, absolute_hours int, touch_seconds int)
    RETURNS SETOF json LANGUAGE sql STABLE SECURITY DEFINER SET search_path = ${schema}, pg_temp AS $$
      SELECT json_build_object(${fields}, 'stale', s.last_seen_at < now() - make_interval(secs => touch_seconds))
        FROM user_session s JOIN app_user u ON u.id = s.user_id
       WHERE s.token_hash = session_viewer.token_hash AND ${LIVE}
    $$`);
  await q.query(`CREATE OR REPLACE FUNCTION "session_viewers"(session_ids uuid[], inactivity_minutes int, absolute_hours int)
    RETURNS SETOF json LANGUAGE sql STABLE SECURITY DEFINER SET search_path = ${schema}, pg_temp AS $$
      SELECT json_build_object(${fields})
        FROM user_session s JOIN app_user u ON u.id = s.user_id
       WHERE s.id = ANY(session_ids) AND ${LIVE}
    $$`);
}

/**
 * A panel the system administrator has disabled is no longer one its members act in: a session's viewer lists only
 * enabled panels, so every check, the panel picker and the database's panel isolation leave it out at once, for
 * open sessions and sockets too. Its rows stay as they are.
 */
export class HideDisabledPanelsFromViewers1766450000000 implements MigrationInterface {
  name = 'HideDisabledPanelsFromViewers1766450000000';

  async up(q: QueryRunner): Promise<void> {
    await createViewerFunctions(q, viewer(ENABLED_PANELS));
  }

  async down(q: QueryRunner): Promise<void> {
    await createViewerFunctions(q, viewer(EVERY_PANEL));
  }
}
