import type { MigrationInterface, QueryRunner } from 'typeorm';

const APP_ROLE = 'sentinel_app';
const SCOPE = `current_setting('sentinel.scope', true)`;
const IN_SCOPE = (column: string) =>
  `(${column} = ANY ((SELECT CASE WHEN s IN ('', 'all') THEN NULL ELSE s::uuid[] END FROM ${SCOPE} AS s)::uuid[]) OR (SELECT ${SCOPE} = 'all'))`;
const TS = 'TIMESTAMP WITH TIME ZONE';
const GENESIS = `'\\x${'00'.repeat(32)}'::bytea`;
const MAIL_KINDS_BEFORE = `'AGENDA_PUBLISHED','TASK_REMINDER','WEEKLY_DIGEST','ACCOUNT_INVITATION','PASSWORD_RESET','MEMBERSHIP_REVIEW','HIT_CHECK'`;
const MAIL_KINDS = `${MAIL_KINDS_BEFORE},'RECORD_REVIEW'`;

/**
 * Review and retention (MoPI). A group or nominal whose review date has come is reviewed and the decision kept in
 * `record_review`: retained (with a rationale and the next date), archived, or, for a nominal, disposed of. A
 * disposal row is the erasure record: it names the panel, the reference, when the record was first held (so the
 * outcome report still counts the nominal identified) and the records erased ("Nominal:<id>", "Intelligence:<id>"),
 * never their content. Rows are only ever added.
 *
 * The audit trail held the erased records' content in `changes`. `redact_disposed_audit(review)` replaces it, for
 * the rows of the records a disposal names and only once they are gone, with `{"redacted": true}`; the row keeps the
 * hash it was written with, so the chain onward still links, and `redacted_hash` is the hash of the row as redacted,
 * so the verifier (api/src/core/audit/audit-chain.ts) can check that nothing else in it changed and that an erasure
 * record, itself named by a later chained row, sanctions the redaction. Nothing else may change an audit row.
 *
 * Reminders go as for tasks, a week before the review date and on the day (`record_review_reminder`, one per
 * record, kind and date, claimed before the mail goes), by a mail (`RECORD_REVIEW`) naming references only.
 * A record archived after review (`archived_at`) leaves the queue and the reminders.
 */
export class CreateRecordReviews1766510000000 implements MigrationInterface {
  name = 'CreateRecordReviews1766510000000';

  async up(q: QueryRunner): Promise<void> {
    const [{ schema }]: { schema: string }[] = await q.query(`SELECT quote_ident(current_schema()) AS schema`);
    await q.query(`CREATE TABLE "record_review" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "panel_id" uuid NOT NULL,
      "subject_kind" character varying(10) NOT NULL,
      "subject_id" uuid NOT NULL,
      "reference" character varying(20) NOT NULL,
      "due_on" date NOT NULL,
      "decision" character varying(10) NOT NULL,
      "rationale" character varying(2000) NOT NULL,
      "next_review_on" date,
      "held_since" ${TS} NOT NULL,
      "erased" text array NOT NULL DEFAULT '{}',
      "decided_by" uuid,
      "decided_at" ${TS} NOT NULL DEFAULT now(),
      CONSTRAINT "PK_record_review" PRIMARY KEY ("id"),
      CONSTRAINT "FK_record_review_panel" FOREIGN KEY ("panel_id") REFERENCES "panel"("id"),
      CONSTRAINT "FK_record_review_decided_by" FOREIGN KEY ("decided_by") REFERENCES "app_user"("id"),
      CONSTRAINT "CHK_record_review_kind" CHECK ("subject_kind" IN ('OCG','NOMINAL')),
      CONSTRAINT "CHK_record_review_decision" CHECK ("decision" IN ('RETAIN','ARCHIVE','DISPOSE')),
      CONSTRAINT "CHK_record_review_next" CHECK (("decision" = 'RETAIN') = ("next_review_on" IS NOT NULL)),
      CONSTRAINT "CHK_record_review_dispose" CHECK ("decision" <> 'DISPOSE' OR "subject_kind" = 'NOMINAL'),
      CONSTRAINT "CHK_record_review_erased" CHECK (("decision" = 'DISPOSE') = (cardinality("erased") > 0)))`);
    await q.query(`CREATE INDEX "IDX_record_review_panel" ON "record_review" ("panel_id", "decided_at")`);
    await q.query(`CREATE INDEX "IDX_record_review_subject" ON "record_review" ("subject_id")`);
    // The outcome report counts disposed nominals by when they were first held.
    await q.query(`CREATE INDEX "IDX_record_review_disposed" ON "record_review" ("panel_id", "held_since") WHERE "decision" = 'DISPOSE'`);
    await q.query(`ALTER TABLE "record_review" ENABLE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY "panel_scope" ON "record_review" USING ${IN_SCOPE('"panel_id"')}`);
    await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON "record_review" FROM PUBLIC, ${APP_ROLE}`);

    await q.query(`CREATE TABLE "record_review_reminder" (
      "subject_id" uuid NOT NULL,
      "kind" character varying(12) NOT NULL,
      "due_on" date NOT NULL,
      "panel_id" uuid NOT NULL,
      "recipients" smallint NOT NULL DEFAULT 0,
      "sent_at" ${TS} NOT NULL DEFAULT now(),
      CONSTRAINT "PK_record_review_reminder" PRIMARY KEY ("subject_id", "kind", "due_on"),
      CONSTRAINT "FK_record_review_reminder_panel" FOREIGN KEY ("panel_id") REFERENCES "panel"("id"),
      CONSTRAINT "CHK_record_review_reminder_kind" CHECK ("kind" IN ('WEEK_BEFORE','DUE')))`);
    await q.query(`CREATE INDEX "IDX_record_review_reminder_panel" ON "record_review_reminder" ("panel_id")`);
    await q.query(`ALTER TABLE "record_review_reminder" ENABLE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY "panel_scope" ON "record_review_reminder" USING ${IN_SCOPE('"panel_id"')}`);

    // The review queue reads due dates by panel.
    await q.query(`CREATE INDEX "IDX_ocg_review" ON "ocg" ("panel_id", "next_review_on") WHERE "next_review_on" IS NOT NULL`);
    await q.query(`CREATE INDEX "IDX_nominal_review" ON "nominal" ("panel_id", "next_review_on") WHERE "next_review_on" IS NOT NULL`);
    // Archived after review: kept, out of active use and out of the queue. A group's status, which the outcome
    // figures read (a group dismantled stays dismantled), is left as it is.
    await q.query(`ALTER TABLE "ocg" ADD "archived_at" ${TS}`);
    await q.query(`ALTER TABLE "nominal" ADD "archived_at" ${TS}`);

    await q.query(`ALTER TABLE "mail_message" DROP CONSTRAINT "CHK_mail_message_kind"`);
    await q.query(`ALTER TABLE "mail_message" ADD CONSTRAINT "CHK_mail_message_kind" CHECK ("kind" IN (${MAIL_KINDS}))`);

    // Sanctioned redaction of the audit trail.
    await q.query(`ALTER TABLE "audit_event" ADD "redacted_by_review" uuid, ADD "redacted_hash" bytea`);
    await q.query(`CREATE FUNCTION "audit_event_guard"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND current_setting('sentinel.audit_redaction', true) = 'on'
           AND OLD.redacted_by_review IS NULL AND NEW.redacted_by_review IS NOT NULL AND NEW.redacted_hash IS NOT NULL
           AND NEW.changes = '{"redacted": true}'::jsonb
           AND (NEW.id, NEW.seq, NEW.hash, NEW.panel_id, NEW.at, NEW.actor_user_id, NEW.actor_agency_id, NEW.entity_type, NEW.entity_id, NEW.action)
               IS NOT DISTINCT FROM
               (OLD.id, OLD.seq, OLD.hash, OLD.panel_id, OLD.at, OLD.actor_user_id, OLD.actor_agency_id, OLD.entity_type, OLD.entity_id, OLD.action) THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'audit_event is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`DROP TRIGGER "TRG_audit_event_no_update" ON "audit_event"`);
    await q.query(`CREATE TRIGGER "TRG_audit_event_no_update" BEFORE UPDATE OR DELETE ON "audit_event"
      FOR EACH ROW EXECUTE FUNCTION "audit_event_guard"()`);
    await q.query(`CREATE FUNCTION "redact_disposed_audit"(review uuid) RETURNS integer LANGUAGE plpgsql SECURITY DEFINER
      SET search_path = ${schema}, pg_temp AS $$
      DECLARE
        r "record_review";
        entity text;
        redacted integer;
      BEGIN
        SELECT * INTO r FROM "record_review" WHERE "id" = review AND "decision" = 'DISPOSE' AND ${IN_SCOPE('"panel_id"')};
        IF NOT FOUND THEN
          RAISE EXCEPTION 'no disposal % in scope', review USING ERRCODE = 'insufficient_privilege';
        END IF;
        FOREACH entity IN ARRAY r.erased LOOP
          IF (split_part(entity, ':', 1) = 'Nominal' AND EXISTS (SELECT 1 FROM "nominal" WHERE "id"::text = split_part(entity, ':', 2)))
             OR (split_part(entity, ':', 1) = 'Intelligence' AND EXISTS (SELECT 1 FROM "intelligence" WHERE "id"::text = split_part(entity, ':', 2)))
             OR split_part(entity, ':', 1) NOT IN ('Nominal', 'Intelligence') THEN
            RAISE EXCEPTION 'record % is not erased', entity USING ERRCODE = 'insufficient_privilege';
          END IF;
        END LOOP;
        PERFORM set_config('sentinel.audit_redaction', 'on', true);
        UPDATE "audit_event" e
           SET "changes" = '{"redacted": true}'::jsonb, "redacted_by_review" = r.id,
               "redacted_hash" = sha256(
                 coalesce((SELECT p."hash" FROM "audit_event" p WHERE p."panel_id" = e."panel_id" AND p."seq" = e."seq" - 1), ${GENESIS})
                 || convert_to(jsonb_build_array(e.id, e.seq, e.panel_id, to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                      e.actor_user_id, e.actor_agency_id, e.entity_type, e.entity_id, e.action, '{"redacted": true}'::jsonb)::text, 'UTF8'))
         WHERE e."panel_id" = r.panel_id AND e."redacted_by_review" IS NULL AND (e."entity_type" || ':' || e."entity_id") = ANY (r.erased);
        GET DIAGNOSTICS redacted = ROW_COUNT;
        PERFORM set_config('sentinel.audit_redaction', 'off', true);
        RETURN redacted;
      END $$`);
    await q.query(`REVOKE ALL ON FUNCTION "redact_disposed_audit"(uuid) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION "redact_disposed_audit"(uuid) TO ${APP_ROLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION "redact_disposed_audit"(uuid)`);
    await q.query(`DROP TRIGGER "TRG_audit_event_no_update" ON "audit_event"`);
    await q.query(`CREATE TRIGGER "TRG_audit_event_no_update" BEFORE UPDATE OR DELETE ON "audit_event"
      FOR EACH ROW EXECUTE FUNCTION "audit_event_is_append_only"()`);
    await q.query(`DROP FUNCTION "audit_event_guard"()`);
    // Redacted rows keep their redaction: their content is gone. The columns that vouched for it go.
    await q.query(`ALTER TABLE "audit_event" DROP COLUMN "redacted_hash", DROP COLUMN "redacted_by_review"`);
    await q.query(`DELETE FROM "mail_message" WHERE "kind" = 'RECORD_REVIEW'`);
    await q.query(`ALTER TABLE "mail_message" DROP CONSTRAINT "CHK_mail_message_kind"`);
    await q.query(`ALTER TABLE "mail_message" ADD CONSTRAINT "CHK_mail_message_kind" CHECK ("kind" IN (${MAIL_KINDS_BEFORE}))`);
    await q.query(`ALTER TABLE "nominal" DROP COLUMN "archived_at"`);
    await q.query(`ALTER TABLE "ocg" DROP COLUMN "archived_at"`);
    await q.query(`DROP INDEX "IDX_nominal_review"`);
    await q.query(`DROP INDEX "IDX_ocg_review"`);
    await q.query(`DROP TABLE "record_review_reminder"`);
    await q.query(`DROP TABLE "record_review"`);
  }
}
