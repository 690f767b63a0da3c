import type { MigrationInterface, QueryRunner } from 'typeorm';

const TS = 'TIMESTAMP WITH TIME ZONE';

export class CreateTasks1764500000000 implements MigrationInterface {
  name = 'CreateTasks1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "panel" ADD "next_task_number" integer NOT NULL DEFAULT 1`);
    await q.query(`ALTER TABLE "app_user" ADD "reminders_enabled" boolean NOT NULL DEFAULT true`);

    await q.query(`CREATE TABLE "task" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "panel_id" uuid NOT NULL,
      "reference" character varying(20) NOT NULL,
      "title" character varying(200) NOT NULL,
      "description" character varying(4000),
      "agency_id" uuid NOT NULL,
      "owner_user_id" uuid,
      "ocg_id" uuid,
      "nominal_id" uuid,
      "referral_id" uuid,
      "meeting_id" uuid,
      "agenda_item_id" uuid,
      "due_on" date,
      "priority" character varying(10) NOT NULL DEFAULT 'MEDIUM',
      "strand" character varying(10),
      "gsc_marking" character varying(20) NOT NULL DEFAULT 'OFFICIAL_SENSITIVE',
      "status" character varying(20) NOT NULL DEFAULT 'OPEN',
      "blocked_reason" character varying(1000),
      "not_done_cause" character varying(30),
      "closing_note" character varying(2000),
      "closed_at" ${TS},
      "disruption_id" uuid,
      "created_by" uuid,
      "created_at" ${TS} NOT NULL DEFAULT now(),
      "updated_at" ${TS} NOT NULL DEFAULT now(),
      "version" integer NOT NULL DEFAULT 1,
      CONSTRAINT "PK_task" PRIMARY KEY ("id"),
      CONSTRAINT "UQ_task_panel_reference" UNIQUE ("panel_id", "reference"),
      CONSTRAINT "FK_task_panel" FOREIGN KEY ("panel_id") REFERENCES "panel"("id"),
      CONSTRAINT "FK_task_agency" FOREIGN KEY ("agency_id") REFERENCES "agency"("id"),
      CONSTRAINT "FK_task_owner" FOREIGN KEY ("owner_user_id") REFERENCES "app_user"("id"),
      CONSTRAINT "FK_task_ocg" FOREIGN KEY ("ocg_id") REFERENCES "ocg"("id"),
      CONSTRAINT "FK_task_nominal" FOREIGN KEY ("nominal_id") REFERENCES "nominal"("id"),
      CONSTRAINT "FK_task_referral" FOREIGN KEY ("referral_id") REFERENCES "referral"("id"),
      CONSTRAINT "FK_task_disruption" FOREIGN KEY ("disruption_id") REFERENCES "disruption"("id"),
      CONSTRAINT "CHK_task_status" CHECK ("status" IN ('OPEN','IN_PROGRESS','BLOCKED','COMPLETED','NOT_DONE')),
      CONSTRAINT "CHK_task_priority" CHECK ("priority" IN ('HIGH','MEDIUM','LOW')),
      CONSTRAINT "CHK_task_strand" CHECK ("strand" IS NULL OR "strand" IN ('PURSUE','PREVENT','PROTECT','PREPARE')),
      CONSTRAINT "CHK_task_gsc" CHECK ("gsc_marking" IN ('OFFICIAL','OFFICIAL_SENSITIVE')),
      CONSTRAINT "CHK_task_blocked" CHECK ("status" <> 'BLOCKED' OR "blocked_reason" IS NOT NULL),
      CONSTRAINT "CHK_task_not_done" CHECK ("status" <> 'NOT_DONE' OR "not_done_cause" IN ('CIRCUMSTANCES_CHANGED','AGENCY_DID_NOT_ACT')))`);
    await q.query(`CREATE INDEX "IDX_task_panel_status_due" ON "task" ("panel_id", "status", "due_on")`);
    await q.query(`CREATE INDEX "IDX_task_agency_status" ON "task" ("agency_id", "status")`);
    await q.query(`CREATE INDEX "IDX_task_ocg" ON "task" ("ocg_id")`);
    await q.query(`CREATE INDEX "IDX_task_owner" ON "task" ("owner_user_id")`);
    await q.query(`CREATE INDEX "IDX_task_open_due" ON "task" ("due_on") WHERE "status" IN ('OPEN','IN_PROGRESS','BLOCKED')`);

    // The timeline: every update, status change, reallocation and edit, with the task as it was before it, so
    // that no edit is ever lost.
    await q.query(`CREATE TABLE "task_update" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "task_id" uuid NOT NULL,
      "panel_id" uuid NOT NULL,
      "kind" character varying(20) NOT NULL,
      "text" character varying(4000),
      "from_status" character varying(20),
      "to_status" character varying(20),
      "previous" jsonb,
      "author_user_id" uuid,
      "author_agency_id" uuid,
      "created_at" ${TS} NOT NULL DEFAULT now(),
      CONSTRAINT "PK_task_update" PRIMARY KEY ("id"),
      CONSTRAINT "FK_task_update_task" FOREIGN KEY ("task_id") REFERENCES "task"("id") ON DELETE CASCADE,
      CONSTRAINT "CHK_task_update_kind" CHECK ("kind" IN ('CREATED','NOTE','STATUS','REALLOCATED','EDITED')))`);
    await q.query(`CREATE INDEX "IDX_task_update_task" ON "task_update" ("task_id", "created_at")`);

    // One row per reminder sent: the primary key is what makes each reminder go once, across restarts and
    // several API processes. A changed due date brings new reminders.
    await q.query(`CREATE TABLE "task_reminder" (
      "task_id" uuid NOT NULL,
      "kind" character varying(20) NOT NULL,
      "due_on" date NOT NULL,
      "sent_at" ${TS} NOT NULL DEFAULT now(),
      "recipients" integer NOT NULL DEFAULT 0,
      CONSTRAINT "PK_task_reminder" PRIMARY KEY ("task_id", "kind", "due_on"),
      CONSTRAINT "FK_task_reminder_task" FOREIGN KEY ("task_id") REFERENCES "task"("id") ON DELETE CASCADE,
      CONSTRAINT "CHK_task_reminder_kind" CHECK ("kind" IN ('DUE_IN_7_DAYS','DUE_IN_1_DAY','OVERDUE')))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "task_reminder"`);
    await q.query(`DROP TABLE "task_update"`);
    await q.query(`DROP TABLE "task"`);
    await q.query(`ALTER TABLE "app_user" DROP COLUMN "reminders_enabled"`);
    await q.query(`ALTER TABLE "panel" DROP COLUMN "next_task_number"`);
  }
}
