import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LockPublishedAssessments1764800000000 implements MigrationInterface {
  name = 'LockPublishedAssessments1764800000000';

  async up(q: QueryRunner): Promise<void> {
    // A published assessment cannot be changed or removed by anyone, the application included: a revision is a new version.
    await q.query(`CREATE FUNCTION "assessment_published_locked"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.status = 'PUBLISHED' THEN
          RAISE EXCEPTION 'a published assessment is locked; revise it as a new version' USING ERRCODE = 'check_violation';
        END IF;
        IF TG_OP = 'DELETE' THEN
          RETURN OLD;
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER "TRG_assessment_published_locked" BEFORE UPDATE OR DELETE ON "assessment"
      FOR EACH ROW EXECUTE FUNCTION "assessment_published_locked"()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER "TRG_assessment_published_locked" ON "assessment"`);
    await q.query(`DROP FUNCTION "assessment_published_locked"()`);
  }
}
