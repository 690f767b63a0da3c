import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The role the API connects as (migration EnforcePanelIsolation). */
const APP_ROLE = 'sentinel_app';

/** The chain of the rows of no panel (sign-ins, accounts, administration). */
const NO_PANEL_CHAIN = `'00000000-0000-0000-0000-000000000000'::uuid`;

/** The hash before a chain's first row. */
const GENESIS = `'\\x${'00'.repeat(32)}'::bytea`;

/**
 * The text a row's hash is taken over: every column but the hash itself, the time in UTC to the microsecond.
 * api/src/core/audit/audit-chain.ts builds the same text on its own to verify the chains: change both or neither.
 */
const CANONICAL = `jsonb_build_array(e.id, e.seq, e.panel_id, to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
  e.actor_user_id, e.actor_agency_id, e.entity_type, e.entity_id, e.action, e.changes, e.disclosed_to_agency_id, e.reason, e.channel)::text`;

/**
 * The audit trail becomes tamper-evident: each row carries its place in its panel's chain (`seq`) and a sha256
 * over the previous row's hash and its own content (`hash`), set by the database as the row is inserted, so a row
 * changed, removed, added or moved afterwards, by whoever and however (triggers off included), shows when the
 * chains are walked again (`npm run audit:verify`). Each chain's last seq and hash are kept in
 * `audit_chain_head`, which only the insert trigger writes: the app role cannot read or change it.
 */
export class ChainAuditTrail1765400000000 implements MigrationInterface {
  name = 'ChainAuditTrail1765400000000';

  async up(q: QueryRunner): Promise<void> {
    const schema = await currentSchema(q);
    await q.query(`CREATE TABLE "audit_chain_head" (
      "chain_id" uuid NOT NULL,
      "seq" bigint NOT NULL,
      "hash" bytea NOT NULL,
      CONSTRAINT "PK_audit_chain_head" PRIMARY KEY ("chain_id"))`);
    // The default privileges of EnforcePanelIsolation gave the app role this table too: it gets nothing.
    await q.query(`REVOKE ALL ON "audit_chain_head" FROM PUBLIC, ${APP_ROLE}`);
    await q.query(`REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON "audit_event" FROM PUBLIC, ${APP_ROLE}`);

    // Existing rows, in the order they were written, each chain from its start.
    await q.query(`ALTER TABLE "audit_event" ADD "seq" bigint, ADD "hash" bytea`);
    await q.query(`CREATE FUNCTION "audit_event_canonical"(e "audit_event") RETURNS text LANGUAGE sql STABLE AS $$ SELECT ${CANONICAL} $$`);
    await q.query(`ALTER TABLE "audit_event" DISABLE TRIGGER "TRG_audit_event_no_update"`);
    await q.query(`UPDATE "audit_event" e SET "seq" = n.seq
      FROM (SELECT "id", row_number() OVER (PARTITION BY "panel_id" ORDER BY "id") AS seq FROM "audit_event") n WHERE e."id" = n."id"`);
    await q.query(`DO $$
      DECLARE
        e "audit_event";
        prev bytea;
      BEGIN
        FOR e IN SELECT * FROM "audit_event" ORDER BY "panel_id", "seq" LOOP
          IF e.seq = 1 THEN prev := ${GENESIS}; END IF;
          prev := sha256(prev || convert_to("audit_event_canonical"(e), 'UTF8'));
          UPDATE "audit_event" SET "hash" = prev WHERE "id" = e.id;
        END LOOP;
      END $$`);
    await q.query(`INSERT INTO "audit_chain_head" ("chain_id", "seq", "hash")
      SELECT DISTINCT ON ("panel_id") coalesce("panel_id", ${NO_PANEL_CHAIN}), "seq", "hash" FROM "audit_event" ORDER BY "panel_id", "seq" DESC`);
    await q.query(`ALTER TABLE "audit_event" ENABLE TRIGGER "TRG_audit_event_no_update"`);
    await q.query(`ALTER TABLE "audit_event" ALTER "seq" SET NOT NULL, ALTER "hash" SET NOT NULL`);
    await q.query(`CREATE INDEX "IDX_audit_event_chain" ON "audit_event" ("panel_id", "seq")`);

    /*
     * Each row takes its chain's head lock (held to the end of the inserting transaction), so concurrent inserts
     * queue per chain and never fork it, and follows the head, or the last row this statement has added beyond it
     * (a row-level trigger sees the rows its statement inserted before). The head itself moves once per statement,
     * in the statement-level trigger: rewriting one row hundreds of times in a transaction slows each rewrite.
     * The id is taken again under the lock, so within a chain ids rise with seq and a row moved elsewhere shows.
     * Both run as the owner: the app role only inserts.
     */
    await q.query(`CREATE FUNCTION "audit_event_chain"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
      SET search_path = ${schema}, pg_temp AS $$
      DECLARE
        chain uuid := coalesce(NEW.panel_id, ${NO_PANEL_CHAIN});
        head_seq bigint;
        head_hash bytea;
        last_seq bigint;
        last_hash bytea;
      BEGIN
        SELECT h."seq", h."hash" INTO head_seq, head_hash FROM "audit_chain_head" h WHERE h."chain_id" = chain FOR UPDATE;
        IF NOT FOUND THEN
          INSERT INTO "audit_chain_head" ("chain_id", "seq", "hash") VALUES (chain, 0, ${GENESIS}) ON CONFLICT ("chain_id") DO NOTHING;
          SELECT h."seq", h."hash" INTO head_seq, head_hash FROM "audit_chain_head" h WHERE h."chain_id" = chain FOR UPDATE;
        END IF;
        IF NEW.panel_id IS NULL THEN
          SELECT e."seq", e."hash" INTO last_seq, last_hash FROM "audit_event" e
           WHERE e."panel_id" IS NULL AND e."seq" > head_seq ORDER BY e."seq" DESC LIMIT 1;
        ELSE
          SELECT e."seq", e."hash" INTO last_seq, last_hash FROM "audit_event" e
           WHERE e."panel_id" = NEW.panel_id AND e."seq" > head_seq ORDER BY e."seq" DESC LIMIT 1;
        END IF;
        NEW.seq := coalesce(last_seq, head_seq) + 1;
        NEW.id := nextval(pg_get_serial_sequence('audit_event', 'id'));
        NEW.hash := sha256(coalesce(last_hash, head_hash) || convert_to("audit_event_canonical"(NEW), 'UTF8'));
        RETURN NEW;
      END $$`);
    await q.query(`CREATE FUNCTION "audit_event_chain_head"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
      SET search_path = ${schema}, pg_temp AS $$
      BEGIN
        UPDATE "audit_chain_head" h SET "seq" = a."seq", "hash" = a."hash"
          FROM (SELECT DISTINCT ON (1) coalesce("panel_id", ${NO_PANEL_CHAIN}) AS chain, "seq", "hash" FROM added ORDER BY 1, "seq" DESC) a
         WHERE h."chain_id" = a.chain;
        RETURN NULL;
      END $$`);
    await q.query(`REVOKE ALL ON FUNCTION "audit_event_chain"(), "audit_event_chain_head"() FROM PUBLIC`);
    await q.query(`CREATE TRIGGER "TRG_audit_event_chain" BEFORE INSERT ON "audit_event"
      FOR EACH ROW EXECUTE FUNCTION "audit_event_chain"()`);
    await q.query(`CREATE TRIGGER "TRG_audit_event_chain_head" AFTER INSERT ON "audit_event"
      REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_chain_head"()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER "TRG_audit_event_chain_head" ON "audit_event"`);
    await q.query(`DROP TRIGGER "TRG_audit_event_chain" ON "audit_event"`);
    await q.query(`DROP FUNCTION "audit_event_chain_head"()`);
    await q.query(`DROP FUNCTION "audit_event_chain"()`);
    await q.query(`DROP INDEX "IDX_audit_event_chain"`);
    await q.query(`ALTER TABLE "audit_event" DROP COLUMN "hash", DROP COLUMN "seq"`);
    await q.query(`DROP FUNCTION "audit_event_canonical"("audit_event")`);
    await q.query(`DROP TABLE "audit_chain_head"`);
  }
}

async function currentSchema(q: QueryRunner): Promise<string> {
  const [{ schema }]: { schema: string }[] = await q.query(`SELECT quote_ident(current_schema()) AS schema`);
  return schema;
}
