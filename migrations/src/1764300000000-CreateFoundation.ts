import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateFoundation1764300000000 implements MigrationInterface {
  name = 'CreateFoundation1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "panel" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "code" character varying(20) NOT NULL,
      "name" character varying(200) NOT NULL,
      "force_name" character varying(200) NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "version" integer NOT NULL DEFAULT 1,
      CONSTRAINT "PK_panel" PRIMARY KEY ("id"),
      CONSTRAINT "UQ_panel_code" UNIQUE ("code"))`);

    await q.query(`CREATE TABLE "agency" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "panel_id" uuid NOT NULL,
      "name" character varying(200) NOT NULL,
      "kind" character varying(40) NOT NULL,
      "tactic_headings" text array NOT NULL DEFAULT '{}',
      "isa_reference" character varying(100),
      "isa_signed_on" date,
      "isa_expires_on" date,
      "isa_covers_personal_data" boolean NOT NULL DEFAULT false,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "version" integer NOT NULL DEFAULT 1,
      CONSTRAINT "PK_agency" PRIMARY KEY ("id"),
      CONSTRAINT "FK_agency_panel" FOREIGN KEY ("panel_id") REFERENCES "panel"("id"),
      CONSTRAINT "CHK_agency_kind" CHECK ("kind" IN ('POLICE_UNIT','LOCAL_AUTHORITY_SERVICE','GOVERNMENT_DEPARTMENT','REGULATOR','EMERGENCY_SERVICE','PRISON_AND_PROBATION','VOLUNTARY_SECTOR','OTHER')),
      CONSTRAINT "CHK_agency_tactics" CHECK ("tactic_headings" <@ ARRAY['LIFESTYLE','BEHAVIOUR','VEHICLES','TRAVEL','BUSINESS','CRIME']::text[]),
      CONSTRAINT "CHK_agency_isa_dates" CHECK ("isa_expires_on" IS NULL OR "isa_signed_on" IS NULL OR "isa_expires_on" >= "isa_signed_on"))`);
    await q.query(`CREATE UNIQUE INDEX "UQ_agency_panel_name" ON "agency" ("panel_id", lower("name"))`);

    await q.query(`CREATE TABLE "app_user" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "email" character varying(254) NOT NULL,
      "name" character varying(200) NOT NULL,
      "agency_id" uuid,
      "password_hash" text,
      "must_change_password" boolean NOT NULL DEFAULT false,
      "is_admin" boolean NOT NULL DEFAULT false,
      "disabled_at" TIMESTAMP WITH TIME ZONE,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "version" integer NOT NULL DEFAULT 1,
      CONSTRAINT "PK_app_user" PRIMARY KEY ("id"),
      CONSTRAINT "FK_app_user_agency" FOREIGN KEY ("agency_id") REFERENCES "agency"("id"))`);
    await q.query(`CREATE UNIQUE INDEX "UQ_app_user_email" ON "app_user" (lower("email"))`);
    await q.query(`CREATE INDEX "IDX_app_user_agency" ON "app_user" ("agency_id")`);

    await q.query(`CREATE TABLE "membership" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "panel_id" uuid NOT NULL,
      "user_id" uuid NOT NULL,
      "role" character varying(20) NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "version" integer NOT NULL DEFAULT 1,
      CONSTRAINT "PK_membership" PRIMARY KEY ("id"),
      CONSTRAINT "UQ_membership_panel_user" UNIQUE ("panel_id", "user_id"),
      CONSTRAINT "FK_membership_panel" FOREIGN KEY ("panel_id") REFERENCES "panel"("id"),
      CONSTRAINT "FK_membership_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id"),
      CONSTRAINT "CHK_membership_role" CHECK ("role" IN ('CHAIR','COORDINATOR','POLICE_MEMBER','PARTNER_MEMBER','OBSERVER')))`);
    await q.query(`CREATE INDEX "IDX_membership_user" ON "membership" ("user_id")`);

    // Sessions hold a hash of the cookie's token, never the token. The auth method and the time a second
    // factor was verified are kept per session so that single sign-on and TOTP arrive without a reshape.
    await q.query(`CREATE TABLE "user_session" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "token_hash" character(64) NOT NULL,
      "user_id" uuid NOT NULL,
      "auth_method" character varying(20) NOT NULL DEFAULT 'PASSWORD',
      "second_factor_at" TIMESTAMP WITH TIME ZONE,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "ended_at" TIMESTAMP WITH TIME ZONE,
      "end_reason" character varying(20),
      CONSTRAINT "PK_user_session" PRIMARY KEY ("id"),
      CONSTRAINT "UQ_user_session_token" UNIQUE ("token_hash"),
      CONSTRAINT "FK_user_session_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id"))`);
    await q.query(`CREATE INDEX "IDX_user_session_user" ON "user_session" ("user_id") WHERE "ended_at" IS NULL`);

    // Failed and successful sign-ins, keyed by a hash of the email so the table holds no address.
    await q.query(`CREATE TABLE "sign_in_attempt" (
      "id" bigserial NOT NULL,
      "email_key" character(64) NOT NULL,
      "ip" character varying(64) NOT NULL,
      "succeeded" boolean NOT NULL,
      "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_sign_in_attempt" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_sign_in_attempt_email" ON "sign_in_attempt" ("email_key", "at")`);
    await q.query(`CREATE INDEX "IDX_sign_in_attempt_ip" ON "sign_in_attempt" ("ip", "at")`);

    await q.query(`CREATE TABLE "audit_event" (
      "id" bigserial NOT NULL,
      "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "actor_user_id" uuid,
      "actor_agency_id" uuid,
      "panel_id" uuid,
      "entity_type" character varying(40) NOT NULL,
      "entity_id" character varying(64) NOT NULL,
      "action" character varying(20) NOT NULL,
      "changes" jsonb,
      "disclosed_to_agency_id" uuid,
      "reason" character varying(500),
      CONSTRAINT "PK_audit_event" PRIMARY KEY ("id"),
      CONSTRAINT "CHK_audit_event_action" CHECK ("action" IN ('CREATE','UPDATE','DELETE','CONSULT','DISCLOSE','SIGN_IN','SIGN_OUT')))`);
    await q.query(`CREATE INDEX "IDX_audit_event_entity" ON "audit_event" ("entity_type", "entity_id", "at")`);
    await q.query(`CREATE INDEX "IDX_audit_event_panel" ON "audit_event" ("panel_id", "at")`);

    // The audit trail is append-only for everyone, the application's role included.
    await q.query(`CREATE FUNCTION "audit_event_is_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`CREATE TRIGGER "TRG_audit_event_no_update" BEFORE UPDATE OR DELETE ON "audit_event"
      FOR EACH ROW EXECUTE FUNCTION "audit_event_is_append_only"()`);
    await q.query(`CREATE TRIGGER "TRG_audit_event_no_truncate" BEFORE TRUNCATE ON "audit_event"
      FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_is_append_only"()`);
    await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON "audit_event" FROM PUBLIC`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "audit_event"`);
    await q.query(`DROP FUNCTION "audit_event_is_append_only"()`);
    await q.query(`DROP TABLE "sign_in_attempt"`);
    await q.query(`DROP TABLE "user_session"`);
    await q.query(`DROP TABLE "membership"`);
    await q.query(`DROP TABLE "app_user"`);
    await q.query(`DROP TABLE "agency"`);
    await q.query(`DROP TABLE "panel"`);
  }
}
