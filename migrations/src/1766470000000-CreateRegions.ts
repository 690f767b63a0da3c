import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The role the API connects as (migration EnforcePanelIsolation). */
const APP_ROLE = 'sentinel_app';

const SCOPE = `current_setting('sentinel.scope', true)`;
const IN_SCOPE = (column: string) =>
  `(${column} = ANY ((SELECT CASE WHEN s IN ('', 'all') THEN NULL ELSE s::uuid[] END FROM ${SCOPE} AS s)::uuid[]) OR (SELECT ${SCOPE} = 'all'))`;
const ADMINISTRATION = `(SELECT current_setting('sentinel.administration', true) = 'on')`;

/** The viewer as HideDisabledPanelsFromViewers left it, with the regions a person works in when `regions` is set. */
const viewer = (
  regions: boolean,
) => `'sessionId', s.id, 'userId', u.id, 'name', u.name, 'email', u.email, 'agencyId', u.agency_id, 'isAdmin', u.is_admin,
  'agencyAllowsPersonalData', COALESCE((SELECT a.isa_covers_personal_data AND a.isa_expires_on >= (now() AT TIME ZONE 'Europe/London')::date
                                          FROM agency a WHERE a.id = u.agency_id), false),
  'memberships', COALESCE((SELECT json_agg(json_build_object('panelId', m.panel_id, 'role', m.role))
                             FROM membership m JOIN panel p ON p.id = m.panel_id AND p.disabled_at IS NULL WHERE m.user_id = u.id), '[]'),${
                               regions
                                 ? `
  'regions', COALESCE((SELECT json_agg(json_build_object('regionId', r.region_id, 'role', r.role)) FROM region_member r WHERE r.user_id = u.id), '[]'),`
                                 : ''
                             }
  'secondFactorEnrolled', EXISTS (SELECT 1 FROM user_second_factor f WHERE f.user_id = u.id AND f.enrolled_at IS NOT NULL),
  'secondFactorAt', s.second_factor_at`;

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
 * Regions: a regional organised crime unit or a national unit (Opal) is a grouping of panels, and its analysts work
 * with the figures of those panels in aggregate. `region_panel` says which panels a region covers (a panel may be in
 * a region and in national units), `region_member` who works there and in what role. None of the three belongs to a
 * panel but `region_panel`, which says which regions a panel is in: its rows are seen in the panel's scope, and
 * written only when administering. A region's panels are found for its analysts by one narrow read in every panel's
 * scope, after their role there is checked; the figures are then read under a scope of the region's panels alone,
 * and only counts leave that read. A session's viewer now lists the person's regions beside their panels.
 */
export class CreateRegions1766470000000 implements MigrationInterface {
  name = 'CreateRegions1766470000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "region" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "name" character varying(120) NOT NULL,
      "kind" character varying(20) NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "version" integer NOT NULL DEFAULT 1,
      CONSTRAINT "PK_region" PRIMARY KEY ("id"),
      CONSTRAINT "CHK_region_kind" CHECK ("kind" IN ('REGIONAL','NATIONAL')))`);
    await q.query(`CREATE UNIQUE INDEX "UQ_region_name" ON "region" (lower("name"))`);
    await q.query(`CREATE TABLE "region_panel" (
      "region_id" uuid NOT NULL,
      "panel_id" uuid NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_region_panel" PRIMARY KEY ("region_id", "panel_id"),
      CONSTRAINT "FK_region_panel_region" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_region_panel_panel" FOREIGN KEY ("panel_id") REFERENCES "panel"("id") ON DELETE CASCADE)`);
    await q.query(`CREATE INDEX "IDX_region_panel_panel" ON "region_panel" ("panel_id")`);
    await q.query(`ALTER TABLE "region_panel" ENABLE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY "region_panel_read" ON "region_panel" FOR SELECT USING (${IN_SCOPE('"panel_id"')} OR ${ADMINISTRATION})`);
    await q.query(`CREATE POLICY "region_panel_administration" ON "region_panel" FOR ALL USING (${ADMINISTRATION}) WITH CHECK (${ADMINISTRATION})`);
    await q.query(`CREATE TABLE "region_member" (
      "region_id" uuid NOT NULL,
      "user_id" uuid NOT NULL,
      "role" character varying(20) NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_region_member" PRIMARY KEY ("region_id", "user_id"),
      CONSTRAINT "FK_region_member_region" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_region_member_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE,
      CONSTRAINT "CHK_region_member_role" CHECK ("role" IN ('ANALYST')))`);
    await q.query(`CREATE INDEX "IDX_region_member_user" ON "region_member" ("user_id")`);
    await q.query(`REVOKE ALL ON "region", "region_panel", "region_member" FROM PUBLIC`);
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON "region", "region_panel", "region_member" TO ${APP_ROLE}`);
    await createViewerFunctions(q, viewer(true));
  }

  async down(q: QueryRunner): Promise<void> {
    await createViewerFunctions(q, viewer(false));
    await q.query(`DROP TABLE "region_member"`);
    await q.query(`DROP TABLE "region_panel"`);
    await q.query(`DROP TABLE "region"`);
  }
}
