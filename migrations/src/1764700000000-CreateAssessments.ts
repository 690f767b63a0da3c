import type { MigrationInterface, QueryRunner } from 'typeorm';

const TS = 'TIMESTAMP WITH TIME ZONE';

export class CreateAssessments1764700000000 implements MigrationInterface {
  name = 'CreateAssessments1764700000000';

  async up(q: QueryRunner): Promise<void> {
    // The six-monthly assessment: generated figures plus the chair's notes, versioned; a published version is locked.
    await q.query(`CREATE TABLE "assessment" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "panel_id" uuid NOT NULL,
      "period_from" date NOT NULL,
      "period_to" date NOT NULL,
      "version" integer NOT NULL DEFAULT 1,
      "status" character varying(10) NOT NULL DEFAULT 'DRAFT',
      "content" jsonb NOT NULL,
      "annotations" jsonb NOT NULL DEFAULT '{}',
      "published_at" ${TS},
      "published_by" uuid,
      "created_by" uuid,
      "created_at" ${TS} NOT NULL DEFAULT now(),
      "updated_at" ${TS} NOT NULL DEFAULT now(),
      CONSTRAINT "PK_assessment" PRIMARY KEY ("id"),
      CONSTRAINT "UQ_assessment_period_version" UNIQUE ("panel_id", "period_from", "period_to", "version"),
      CONSTRAINT "FK_assessment_panel" FOREIGN KEY ("panel_id") REFERENCES "panel"("id"),
      CONSTRAINT "CHK_assessment_status" CHECK ("status" IN ('DRAFT','PUBLISHED')),
      CONSTRAINT "CHK_assessment_period" CHECK ("period_to" > "period_from"))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "assessment"`);
  }
}
