import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The role the API connects as (migration EnforcePanelIsolation). */
const APP_ROLE = 'sentinel_app';

/** The chain of the audit trail's rows of no panel (migration ChainAuditTrail). */
const NO_PANEL_CHAIN = `'00000000-0000-0000-0000-000000000000'::uuid`;

/** The hash before a chain's first row. */
const GENESIS = `'\\x${'00'.repeat(32)}'::bytea`;

/** See EnforcePanelIsolation: the panels the statement's viewer may see. */
const SCOPE = `current_setting('sentinel.scope', true)`;
const IN_SCOPE = (column: string) =>
  `(${column} = ANY ((SELECT CASE WHEN s IN ('', 'all') THEN NULL ELSE s::uuid[] END FROM ${SCOPE} AS s)::uuid[]) OR (SELECT ${SCOPE} = 'all'))`;

/**
 * The texts the hashes are taken over, every column but the hash, the time in UTC to the microsecond.
 * api/src/core/audit/audit-chain.ts builds the same texts on its own to verify the chains: change both or neither.
 */
const AUDIT_CANONICAL = `jsonb_build_array(e.id, e.seq, e.panel_id, to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
  e.actor_user_id, e.actor_agency_id, e.entity_type, e.entity_id, e.action, e.changes)::text`;
const CONSULTATION_CANONICAL = `jsonb_build_array(c.id, c.seq, c.panel_id, to_char(c.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
  c.actor_user_id, c.actor_agency_id, c.action, c.channel, c.disclosed_to_agency_id, c.purpose, c.subjects)::text`;

/**
 * The s.62 log (consultations and disclosures of personal data) leaves the audit trail for a table of its own:
 * one row per request, channel and panel, naming the viewer, their agency, the channel, the purpose and every
 * record consulted (`subjects`, each 'Type:id'), instead of one audit row per record shown. A group list that
 * shows 500 nominals writes one row, not 500.
 *
 * - Partitioned by month (`at`), so a month's log is kept, archived or dropped whole; `consultation_partitions_ahead`
 *   creates the months to come (run here and by a daily job), and a default partition catches anything beyond.
 * - "Every consultation and disclosure of nominal N" is one query on a GIN index: `subjects @> ARRAY['Nominal:N']`.
 * - Tamper-evident like the audit trail: a hash chain per panel, whose head (`consultation_chain_head`) only the
 *   insert trigger writes. One row per statement and panel, so the trigger moves the head as it goes.
 * - Append-only: the app role may insert and read its panels' rows, nothing else, and the partitions are the
 *   owner's alone.
 *
 * The audit trail's consultation and disclosure rows move here (grouped back into the statements that wrote
 * them); the columns only they used go, and the audit trail's chains are taken again over what stays.
 */
export class CreateConsultationLog1765500000000 implements MigrationInterface {
  name = 'CreateConsultationLog1765500000000';

  async up(q: QueryRunner): Promise<void> {
    const schema = await currentSchema(q);
    await q.query(`CREATE SEQUENCE "consultation_id_seq" AS bigint`);
    await q.query(`CREATE TABLE "consultation" (
      "id" bigint NOT NULL,
      "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "panel_id" uuid NOT NULL,
      "actor_user_id" uuid,
      "actor_agency_id" uuid,
      "action" character varying(20) NOT NULL,
      "channel" character varying(20),
      "disclosed_to_agency_id" uuid,
      "purpose" character varying(500),
      "subjects" text[] NOT NULL,
      "seq" bigint NOT NULL,
      "hash" bytea NOT NULL,
      CONSTRAINT "PK_consultation" PRIMARY KEY ("id", "at"),
      CONSTRAINT "CHK_consultation_action" CHECK ("action" IN ('CONSULT','DISCLOSE')),
      CONSTRAINT "CHK_consultation_channel" CHECK ("channel" IN ('GRAPHQL','SUBSCRIPTION','DOCUMENT','EXPORT','MAIL')),
      CONSTRAINT "CHK_consultation_subjects" CHECK (cardinality("subjects") BETWEEN 1 AND 100000)
    ) PARTITION BY RANGE ("at")`);
    await q.query(`ALTER SEQUENCE "consultation_id_seq" OWNED BY "consultation"."id"`);
    await q.query(`CREATE INDEX "IDX_consultation_subjects" ON "consultation" USING gin ("subjects")`);
    await q.query(`CREATE INDEX "IDX_consultation_panel" ON "consultation" ("panel_id", "at")`);
    await q.query(`CREATE INDEX "IDX_consultation_actor" ON "consultation" ("actor_user_id", "at")`);
    await q.query(`CREATE INDEX "IDX_consultation_chain" ON "consultation" ("panel_id", "seq")`);

    await q.query(`CREATE FUNCTION "consultation_partitions_ahead"(months int) RETURNS void LANGUAGE plpgsql SECURITY DEFINER
      SET search_path = ${schema}, pg_temp AS $$
      DECLARE
        first date := date_trunc('month', now() AT TIME ZONE 'UTC')::date;
        month date;
        part text;
      BEGIN
        IF months < 0 OR months > 24 THEN RAISE EXCEPTION 'months ahead must be 0 to 24'; END IF;
        IF to_regclass('consultation_default') IS NULL THEN
          CREATE TABLE "consultation_default" PARTITION OF "consultation" DEFAULT;
          EXECUTE format('REVOKE ALL ON "consultation_default" FROM PUBLIC, ${APP_ROLE}');
        END IF;
        FOR i IN 0..months LOOP
          month := first + make_interval(months => i);
          part := 'consultation_' || to_char(month, 'YYYY_MM');
          IF to_regclass(quote_ident(part)) IS NULL THEN
            EXECUTE format('CREATE TABLE %I PARTITION OF "consultation" FOR VALUES FROM (%L) TO (%L)',
              part, month::timestamp AT TIME ZONE 'UTC', (month + interval '1 month')::timestamp AT TIME ZONE 'UTC');
            EXECUTE format('REVOKE ALL ON %I FROM PUBLIC, ${APP_ROLE}', part);
          END IF;
        END LOOP;
      END $$`);
    await q.query(`REVOKE ALL ON FUNCTION "consultation_partitions_ahead"(int) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION "consultation_partitions_ahead"(int) TO ${APP_ROLE}`);

    // The months the rows to be moved were written in, then this month and the next three.
    const [{ months }]: { months: number }[] = await q.query(`SELECT coalesce(
        (extract(year FROM age(date_trunc('month', now()), date_trunc('month', min("at")))) * 12
         + extract(month FROM age(date_trunc('month', now()), date_trunc('month', min("at")))))::int, 0) AS months
        FROM "audit_event" WHERE "action" IN ('CONSULT','DISCLOSE')`);
    await q.query(`DO $$
      DECLARE
        month date;
        part text;
      BEGIN
        FOR i IN 1..${Math.min(months, 120)} LOOP
          month := date_trunc('month', now() AT TIME ZONE 'UTC')::date - make_interval(months => i);
          part := 'consultation_' || to_char(month, 'YYYY_MM');
          EXECUTE format('CREATE TABLE %I PARTITION OF "consultation" FOR VALUES FROM (%L) TO (%L)',
            part, month::timestamp AT TIME ZONE 'UTC', (month + interval '1 month')::timestamp AT TIME ZONE 'UTC');
          EXECUTE format('REVOKE ALL ON %I FROM PUBLIC, ${APP_ROLE}', part);
        END LOOP;
      END $$`);
    await q.query(`SELECT "consultation_partitions_ahead"(3)`);

    await q.query(`CREATE TABLE "consultation_chain_head" (
      "chain_id" uuid NOT NULL,
      "seq" bigint NOT NULL,
      "hash" bytea NOT NULL,
      CONSTRAINT "PK_consultation_chain_head" PRIMARY KEY ("chain_id"))`);
    await q.query(`REVOKE ALL ON "consultation_chain_head" FROM PUBLIC, ${APP_ROLE}`);
    await q.query(
      `CREATE FUNCTION "consultation_canonical"(c "consultation") RETURNS text LANGUAGE sql STABLE AS $$ SELECT ${CONSULTATION_CANONICAL} $$`,
    );

    // The audit trail's consultations and disclosures, one row per statement that wrote them (one transaction
    // time) and panel, in the order they were written. Those written before channels were named keep none.
    await q.query(`INSERT INTO "consultation" ("id", "at", "panel_id", "actor_user_id", "actor_agency_id", "action", "channel",
                                               "disclosed_to_agency_id", "purpose", "subjects", "seq", "hash")
      SELECT nextval('consultation_id_seq'), g.*, 0, ${GENESIS} FROM (
        SELECT "at", "panel_id", "actor_user_id", "actor_agency_id", "action", "channel", "disclosed_to_agency_id", "reason",
               array_agg(DISTINCT "entity_type" || ':' || "entity_id") AS subjects
          FROM "audit_event" WHERE "action" IN ('CONSULT','DISCLOSE') AND "panel_id" IS NOT NULL
         GROUP BY "at", "panel_id", "actor_user_id", "actor_agency_id", "action", "channel", "disclosed_to_agency_id", "reason"
         ORDER BY min("id")) g`);
    await chainFromStart(q, 'consultation', 'consultation_chain_head');

    // Each row takes its panel's head lock (held to the end of the inserting transaction), follows the head and
    // moves it; the id is taken under the lock, so within a chain ids rise with seq and a row moved elsewhere shows.
    await q.query(`CREATE FUNCTION "consultation_chain"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
      SET search_path = ${schema}, pg_temp AS $$
      DECLARE
        head_seq bigint;
        head_hash bytea;
      BEGIN
        SELECT h."seq", h."hash" INTO head_seq, head_hash FROM "consultation_chain_head" h WHERE h."chain_id" = NEW.panel_id FOR UPDATE;
        IF NOT FOUND THEN
          INSERT INTO "consultation_chain_head" ("chain_id", "seq", "hash") VALUES (NEW.panel_id, 0, ${GENESIS}) ON CONFLICT ("chain_id") DO NOTHING;
          SELECT h."seq", h."hash" INTO head_seq, head_hash FROM "consultation_chain_head" h WHERE h."chain_id" = NEW.panel_id FOR UPDATE;
        END IF;
        NEW.seq := head_seq + 1;
        NEW.id := nextval('consultation_id_seq');
        NEW.hash := sha256(head_hash || convert_to("consultation_canonical"(NEW), 'UTF8'));
        UPDATE "consultation_chain_head" SET "seq" = NEW.seq, "hash" = NEW.hash WHERE "chain_id" = NEW.panel_id;
        RETURN NEW;
      END $$`);
    await q.query(`REVOKE ALL ON FUNCTION "consultation_chain"() FROM PUBLIC`);
    await q.query(`CREATE TRIGGER "TRG_consultation_chain" BEFORE INSERT ON "consultation" FOR EACH ROW EXECUTE FUNCTION "consultation_chain"()`);
    await q.query(`CREATE TRIGGER "TRG_consultation_no_update" BEFORE UPDATE OR DELETE ON "consultation"
      FOR EACH ROW EXECUTE FUNCTION "audit_event_is_append_only"()`);
    await q.query(`CREATE TRIGGER "TRG_consultation_no_truncate" BEFORE TRUNCATE ON "consultation"
      FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_is_append_only"()`);
    // From now on every row names its channel (those moved from before channels were named do not).
    await q.query(`ALTER TABLE "consultation" ADD CONSTRAINT "CHK_consultation_channel_named" CHECK ("channel" IS NOT NULL) NOT VALID`);

    await q.query(`REVOKE ALL ON "consultation" FROM PUBLIC, ${APP_ROLE}`);
    await q.query(`GRANT SELECT, INSERT ON "consultation" TO ${APP_ROLE}`);
    await q.query(`REVOKE ALL ON SEQUENCE "consultation_id_seq" FROM PUBLIC, ${APP_ROLE}`);
    await q.query(`ALTER TABLE "consultation" ENABLE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY "consultation_read" ON "consultation" FOR SELECT USING (${IN_SCOPE('"panel_id"')})`);
    await q.query(`CREATE POLICY "consultation_append" ON "consultation" FOR INSERT WITH CHECK (true)`);

    // One row per record consulted, for reading the log as the audit trail used to hold it (and for the DPO).
    await q.query(`CREATE VIEW "consultation_subject" WITH (security_invoker = true) AS
      SELECT c."id", c."at", c."panel_id", c."actor_user_id", c."actor_agency_id", c."action", c."channel",
             c."disclosed_to_agency_id", c."purpose",
             split_part(s, ':', 1) AS "entity_type", substr(s, strpos(s, ':') + 1) AS "entity_id"
        FROM "consultation" c CROSS JOIN LATERAL unnest(c."subjects") AS s`);
    await q.query(`GRANT SELECT ON "consultation_subject" TO ${APP_ROLE}`);

    // What stays in the audit trail are changes and sign-ins: its rows moved out go, with the columns only they
    // used, and its chains are taken again over what stays.
    await q.query(`ALTER TABLE "audit_event" DISABLE TRIGGER "TRG_audit_event_no_update"`);
    await q.query(`DELETE FROM "audit_event" WHERE "action" IN ('CONSULT','DISCLOSE')`);
    await q.query(`DROP FUNCTION "audit_event_canonical"("audit_event")`);
    await q.query(`ALTER TABLE "audit_event" DROP CONSTRAINT "CHK_audit_event_channel_named", DROP CONSTRAINT "CHK_audit_event_channel",
      DROP COLUMN "channel", DROP COLUMN "disclosed_to_agency_id", DROP COLUMN "reason", DROP CONSTRAINT "CHK_audit_event_action"`);
    await q.query(
      `ALTER TABLE "audit_event" ADD CONSTRAINT "CHK_audit_event_action" CHECK ("action" IN ('CREATE','UPDATE','DELETE','SIGN_IN','SIGN_OUT'))`,
    );
    await q.query(`CREATE FUNCTION "audit_event_canonical"(e "audit_event") RETURNS text LANGUAGE sql STABLE AS $$ SELECT ${AUDIT_CANONICAL} $$`);
    await q.query(`DELETE FROM "audit_chain_head"`);
    await chainFromStart(q, 'audit_event', 'audit_chain_head');
    await q.query(`ALTER TABLE "audit_event" ENABLE TRIGGER "TRG_audit_event_no_update"`);
  }

  async down(): Promise<void> {
    throw new Error('The consultation log cannot be moved back into the audit trail: restore the backup taken before this migration');
  }
}

/**
 * Chains a log's rows from the start, as its insert trigger would have: each panel's rows (and the audit trail's
 * rows of no panel) numbered in id order, each hashed over the previous row's hash and its `<table>_canonical`
 * text, and each chain's last place and hash recorded as its head.
 */
async function chainFromStart(q: QueryRunner, table: 'consultation' | 'audit_event', heads: string): Promise<void> {
  await q.query(`UPDATE "${table}" r SET "seq" = n.seq
    FROM (SELECT "id", row_number() OVER (PARTITION BY "panel_id" ORDER BY "id") AS seq FROM "${table}") n WHERE r."id" = n."id"`);
  await q.query(`DO $$
    DECLARE
      r "${table}";
      prev bytea;
    BEGIN
      FOR r IN SELECT * FROM "${table}" ORDER BY "panel_id", "seq" LOOP
        IF r.seq = 1 THEN prev := ${GENESIS}; END IF;
        prev := sha256(prev || convert_to("${table}_canonical"(r), 'UTF8'));
        UPDATE "${table}" SET "hash" = prev WHERE "id" = r.id;
      END LOOP;
    END $$`);
  await q.query(`INSERT INTO "${heads}" ("chain_id", "seq", "hash")
    SELECT DISTINCT ON ("panel_id") coalesce("panel_id", ${NO_PANEL_CHAIN}), "seq", "hash" FROM "${table}" ORDER BY "panel_id", "seq" DESC`);
}

async function currentSchema(q: QueryRunner): Promise<string> {
  const [{ schema }]: { schema: string }[] = await q.query(`SELECT quote_ident(current_schema()) AS schema`);
  return schema;
}
