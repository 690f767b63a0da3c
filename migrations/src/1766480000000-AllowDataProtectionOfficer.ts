import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The role the API connects as (migration EnforcePanelIsolation). */
const APP_ROLE = 'sentinel_app';

/** The chain of the audit trail's rows of no panel (migration ChainAuditTrail). */
const NO_PANEL_CHAIN = `'00000000-0000-0000-0000-000000000000'::uuid`;

/** See EnforcePanelIsolation: whether a panel is among those the statement's viewer may see. */
const SCOPE = `current_setting('sentinel.scope', true)`;
const IN_SCOPE = (column: string) =>
  `(${column} = ANY ((SELECT CASE WHEN s IN ('', 'all') THEN NULL ELSE s::uuid[] END FROM ${SCOPE} AS s)::uuid[]) OR (SELECT ${SCOPE} = 'all'))`;

/**
 * A panel's data protection officer: a membership role (whose name needs a wider column), and what verifying the panel's chains from the API needs.
 * The chains' heads stay the owner's; `panel_chain_heads` answers the two heads (audit trail and consultation log) of
 * one panel, and only of a panel the statement's viewer sits on, so the API can walk that panel's chains as the app
 * role (api/src/core/audit/audit-chain.ts). A head is a place and a hash, nothing of any record.
 */
export class AllowDataProtectionOfficer1766480000000 implements MigrationInterface {
  name = 'AllowDataProtectionOfficer1766480000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "membership" DROP CONSTRAINT "CHK_membership_role"`);
    await q.query(`ALTER TABLE "membership" ALTER COLUMN "role" TYPE character varying(30)`);
    await q.query(`ALTER TABLE "membership" ADD CONSTRAINT "CHK_membership_role"
      CHECK ("role" IN ('CHAIR','COORDINATOR','POLICE_MEMBER','PARTNER_MEMBER','OBSERVER','DATA_PROTECTION_OFFICER'))`);
    const [{ schema }]: { schema: string }[] = await q.query(`SELECT quote_ident(current_schema()) AS schema`);
    await q.query(`CREATE FUNCTION "panel_chain_heads"(p_panel uuid)
      RETURNS TABLE (log text, chain_id uuid, seq bigint, hash bytea) LANGUAGE sql STABLE SECURITY DEFINER
      SET search_path = ${schema}, pg_temp AS $$
        SELECT 'audit', h."chain_id", h."seq", h."hash" FROM "audit_chain_head" h
         WHERE h."chain_id" = p_panel AND p_panel <> ${NO_PANEL_CHAIN} AND ${IN_SCOPE('p_panel')}
        UNION ALL
        SELECT 'consultation', h."chain_id", h."seq", h."hash" FROM "consultation_chain_head" h
         WHERE h."chain_id" = p_panel AND ${IN_SCOPE('p_panel')}
      $$`);
    await q.query(`REVOKE ALL ON FUNCTION "panel_chain_heads"(uuid) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION "panel_chain_heads"(uuid) TO ${APP_ROLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION "panel_chain_heads"(uuid)`);
    const [held] = await q.query(`SELECT 1 FROM "membership" WHERE "role" = 'DATA_PROTECTION_OFFICER' LIMIT 1`);
    if (held) throw new Error('Data protection officers are members of panels: give them another role before going back');
    await q.query(`ALTER TABLE "membership" DROP CONSTRAINT "CHK_membership_role"`);
    await q.query(`ALTER TABLE "membership" ALTER COLUMN "role" TYPE character varying(20)`);
    await q.query(`ALTER TABLE "membership" ADD CONSTRAINT "CHK_membership_role"
      CHECK ("role" IN ('CHAIR','COORDINATOR','POLICE_MEMBER','PARTNER_MEMBER','OBSERVER'))`);
  }
}
