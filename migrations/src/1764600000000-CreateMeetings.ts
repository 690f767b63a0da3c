import type { MigrationInterface, QueryRunner } from 'typeorm';

const TS = 'TIMESTAMP WITH TIME ZONE';

export class CreateMeetings1764600000000 implements MigrationInterface {
  name = 'CreateMeetings1764600000000';

  async up(q: QueryRunner): Promise<void> {
    // One series per panel: an RFC 5545 rule in Europe/London wall-clock time, alternating Teams and in person.
    await q.query(`CREATE TABLE "meeting_series" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "panel_id" uuid NOT NULL,
      "rule" character varying(200) NOT NULL,
      "starts_on" date NOT NULL,
      "start_time" character varying(5) NOT NULL,
      "duration_minutes" smallint NOT NULL DEFAULT 120,
      "first_mode" character varying(10) NOT NULL DEFAULT 'TEAMS',
      "teams_url" character varying(500),
      "location" character varying(300),
      "created_at" ${TS} NOT NULL DEFAULT now(),
      "updated_at" ${TS} NOT NULL DEFAULT now(),
      "version" integer NOT NULL DEFAULT 1,
      CONSTRAINT "PK_meeting_series" PRIMARY KEY ("id"),
      CONSTRAINT "UQ_meeting_series_panel" UNIQUE ("panel_id"),
      CONSTRAINT "FK_meeting_series_panel" FOREIGN KEY ("panel_id") REFERENCES "panel"("id"),
      CONSTRAINT "CHK_meeting_series_mode" CHECK ("first_mode" IN ('TEAMS','IN_PERSON')),
      CONSTRAINT "CHK_meeting_series_duration" CHECK ("duration_minutes" BETWEEN 15 AND 480),
      CONSTRAINT "CHK_meeting_series_time" CHECK ("start_time" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'))`);

    await q.query(`CREATE TABLE "meeting" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "panel_id" uuid NOT NULL,
      "series_id" uuid,
      "title" character varying(200) NOT NULL,
      "starts_at" ${TS} NOT NULL,
      "ends_at" ${TS} NOT NULL,
      "mode" character varying(10) NOT NULL,
      "teams_url" character varying(500),
      "location" character varying(300),
      "status" character varying(20) NOT NULL DEFAULT 'PLANNED',
      "current_item_id" uuid,
      "current_item_started_at" ${TS},
      "agenda_published_at" ${TS},
      "opened_at" ${TS},
      "closed_at" ${TS},
      "created_at" ${TS} NOT NULL DEFAULT now(),
      "updated_at" ${TS} NOT NULL DEFAULT now(),
      "version" integer NOT NULL DEFAULT 1,
      CONSTRAINT "PK_meeting" PRIMARY KEY ("id"),
      CONSTRAINT "FK_meeting_panel" FOREIGN KEY ("panel_id") REFERENCES "panel"("id"),
      CONSTRAINT "FK_meeting_series" FOREIGN KEY ("series_id") REFERENCES "meeting_series"("id"),
      CONSTRAINT "CHK_meeting_mode" CHECK ("mode" IN ('TEAMS','IN_PERSON')),
      CONSTRAINT "CHK_meeting_status" CHECK ("status" IN ('PLANNED','AGENDA_PUBLISHED','IN_PROGRESS','MINUTES_DRAFT','MINUTES_APPROVED','CANCELLED')),
      CONSTRAINT "CHK_meeting_times" CHECK ("ends_at" > "starts_at"))`);
    await q.query(`CREATE INDEX "IDX_meeting_panel_start" ON "meeting" ("panel_id", "starts_at")`);

    await q.query(`CREATE TABLE "agenda_item" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "meeting_id" uuid NOT NULL,
      "panel_id" uuid NOT NULL,
      "position" smallint NOT NULL,
      "kind" character varying(30) NOT NULL,
      "title" character varying(200) NOT NULL,
      "presenter_user_id" uuid,
      "presenter_agency_id" uuid,
      "minutes_allocated" smallint NOT NULL DEFAULT 5,
      "restricted_to" uuid array NOT NULL DEFAULT '{}',
      "notes" text,
      "decisions" text,
      "started_at" ${TS},
      "ended_at" ${TS},
      "created_at" ${TS} NOT NULL DEFAULT now(),
      "updated_at" ${TS} NOT NULL DEFAULT now(),
      "version" integer NOT NULL DEFAULT 1,
      CONSTRAINT "PK_agenda_item" PRIMARY KEY ("id"),
      CONSTRAINT "FK_agenda_item_meeting" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_agenda_item_presenter" FOREIGN KEY ("presenter_user_id") REFERENCES "app_user"("id"),
      CONSTRAINT "FK_agenda_item_presenter_agency" FOREIGN KEY ("presenter_agency_id") REFERENCES "agency"("id"),
      CONSTRAINT "CHK_agenda_item_kind" CHECK ("kind" IN ('WELCOME_APOLOGIES','PREVIOUS_MINUTES_ACTIONS','THREAT_PICTURE','OCG_REVIEW','NEW_OCGS_REFERRALS','PARTNER_UPDATES','EMERGING_THREATS','ANY_OTHER_BUSINESS','NEXT_MEETING','OTHER')),
      CONSTRAINT "CHK_agenda_item_minutes" CHECK ("minutes_allocated" BETWEEN 0 AND 240))`);
    await q.query(`CREATE INDEX "IDX_agenda_item_meeting" ON "agenda_item" ("meeting_id", "position")`);
    await q.query(
      `ALTER TABLE "meeting" ADD CONSTRAINT "FK_meeting_current_item" FOREIGN KEY ("current_item_id") REFERENCES "agenda_item"("id") ON DELETE SET NULL`,
    );

    // The records an item covers: seeded (open tasks, changed groups, referrals, threats) or added by hand.
    await q.query(`CREATE TABLE "agenda_item_record" (
      "agenda_item_id" uuid NOT NULL,
      "record_kind" character varying(20) NOT NULL,
      "record_id" uuid NOT NULL,
      "reason" character varying(30),
      "position" smallint NOT NULL DEFAULT 0,
      CONSTRAINT "PK_agenda_item_record" PRIMARY KEY ("agenda_item_id", "record_kind", "record_id"),
      CONSTRAINT "FK_agenda_item_record_item" FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_item"("id") ON DELETE CASCADE,
      CONSTRAINT "CHK_agenda_item_record_kind" CHECK ("record_kind" IN ('TASK','OCG','REFERRAL','EMERGING_THREAT')))`);
    await q.query(`CREATE INDEX "IDX_agenda_item_record_record" ON "agenda_item_record" ("record_kind", "record_id")`);

    await q.query(`CREATE TABLE "emerging_threat" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "panel_id" uuid NOT NULL,
      "title" character varying(200) NOT NULL,
      "description" character varying(4000) NOT NULL,
      "crime_type" character varying(40),
      "area" character varying(100),
      "status" character varying(20) NOT NULL DEFAULT 'RAISED',
      "raised_by" uuid,
      "raised_by_agency_id" uuid,
      "created_at" ${TS} NOT NULL DEFAULT now(),
      "updated_at" ${TS} NOT NULL DEFAULT now(),
      "version" integer NOT NULL DEFAULT 1,
      CONSTRAINT "PK_emerging_threat" PRIMARY KEY ("id"),
      CONSTRAINT "FK_emerging_threat_panel" FOREIGN KEY ("panel_id") REFERENCES "panel"("id"),
      CONSTRAINT "CHK_emerging_threat_status" CHECK ("status" IN ('RAISED','ON_AGENDA','DISCUSSED','TASKED','NO_ACTION')))`);
    await q.query(`CREATE INDEX "IDX_emerging_threat_panel" ON "emerging_threat" ("panel_id", "status")`);
    await q.query(`CREATE TABLE "emerging_threat_outcome" (
      "meeting_id" uuid NOT NULL,
      "emerging_threat_id" uuid NOT NULL,
      "outcome" character varying(20) NOT NULL,
      "note" character varying(1000),
      "recorded_at" ${TS} NOT NULL DEFAULT now(),
      CONSTRAINT "PK_emerging_threat_outcome" PRIMARY KEY ("meeting_id", "emerging_threat_id"),
      CONSTRAINT "FK_emerging_threat_outcome_meeting" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_emerging_threat_outcome_threat" FOREIGN KEY ("emerging_threat_id") REFERENCES "emerging_threat"("id") ON DELETE CASCADE,
      CONSTRAINT "CHK_emerging_threat_outcome" CHECK ("outcome" IN ('DISCUSSED','TASKED','NO_ACTION')))`);

    await q.query(`CREATE TABLE "meeting_attendance" (
      "meeting_id" uuid NOT NULL,
      "user_id" uuid NOT NULL,
      "agency_id" uuid,
      "reply" character varying(10),
      "substitute_user_id" uuid,
      "replied_at" ${TS},
      "presence" character varying(10),
      "confidentiality_acknowledged_at" ${TS},
      "marked_by" uuid,
      "marked_at" ${TS},
      CONSTRAINT "PK_meeting_attendance" PRIMARY KEY ("meeting_id", "user_id"),
      CONSTRAINT "FK_meeting_attendance_meeting" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_meeting_attendance_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id"),
      CONSTRAINT "FK_meeting_attendance_substitute" FOREIGN KEY ("substitute_user_id") REFERENCES "app_user"("id"),
      CONSTRAINT "CHK_meeting_attendance_reply" CHECK ("reply" IS NULL OR "reply" IN ('ATTENDING','APOLOGIES')),
      CONSTRAINT "CHK_meeting_attendance_presence" CHECK ("presence" IS NULL OR "presence" IN ('IN_PERSON','REMOTE','ABSENT')))`);
    await q.query(`CREATE INDEX "IDX_meeting_attendance_agency" ON "meeting_attendance" ("agency_id")`);

    // Minutes are versioned: approval locks a version; a correction is a new version with its reason.
    await q.query(`CREATE TABLE "meeting_minutes" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "meeting_id" uuid NOT NULL,
      "panel_id" uuid NOT NULL,
      "number" smallint NOT NULL,
      "status" character varying(10) NOT NULL DEFAULT 'DRAFT',
      "content" jsonb NOT NULL,
      "correction_reason" character varying(1000),
      "approved_by" uuid,
      "approved_at" ${TS},
      "created_by" uuid,
      "created_at" ${TS} NOT NULL DEFAULT now(),
      "updated_at" ${TS} NOT NULL DEFAULT now(),
      "version" integer NOT NULL DEFAULT 1,
      CONSTRAINT "PK_meeting_minutes" PRIMARY KEY ("id"),
      CONSTRAINT "UQ_meeting_minutes_number" UNIQUE ("meeting_id", "number"),
      CONSTRAINT "FK_meeting_minutes_meeting" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE,
      CONSTRAINT "CHK_meeting_minutes_status" CHECK ("status" IN ('DRAFT','APPROVED')),
      CONSTRAINT "CHK_meeting_minutes_correction" CHECK ("number" = 1 OR "correction_reason" IS NOT NULL))`);
    // An approved version cannot be changed by anyone, the application included.
    await q.query(`CREATE FUNCTION "meeting_minutes_locked"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.status = 'APPROVED' THEN
          RAISE EXCEPTION 'approved minutes are locked; record a correction as a new version' USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER "TRG_meeting_minutes_locked" BEFORE UPDATE ON "meeting_minutes"
      FOR EACH ROW EXECUTE FUNCTION "meeting_minutes_locked"()`);

    await q.query(`ALTER TABLE "task" ADD CONSTRAINT "FK_task_meeting" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id")`);
    await q.query(
      `ALTER TABLE "task" ADD CONSTRAINT "FK_task_agenda_item" FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_item"("id") ON DELETE SET NULL`,
    );
    await q.query(`CREATE INDEX "IDX_task_meeting" ON "task" ("meeting_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_task_meeting"`);
    await q.query(`ALTER TABLE "task" DROP CONSTRAINT "FK_task_agenda_item"`);
    await q.query(`ALTER TABLE "task" DROP CONSTRAINT "FK_task_meeting"`);
    await q.query(`DROP TABLE "meeting_minutes"`);
    await q.query(`DROP FUNCTION "meeting_minutes_locked"()`);
    await q.query(`DROP TABLE "meeting_attendance"`);
    await q.query(`DROP TABLE "emerging_threat_outcome"`);
    await q.query(`DROP TABLE "emerging_threat"`);
    await q.query(`DROP TABLE "agenda_item_record"`);
    await q.query(`ALTER TABLE "meeting" DROP CONSTRAINT "FK_meeting_current_item"`);
    await q.query(`DROP TABLE "agenda_item"`);
    await q.query(`DROP TABLE "meeting"`);
    await q.query(`DROP TABLE "meeting_series"`);
  }
}
