import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A draft assessment's own version for edits: `version` numbers the document's published versions and does not move
 * while a draft is changed, so a note saved on a stale draft could not be told apart from a fresh one.
 */
export class AddAssessmentEditVersion1766000000000 implements MigrationInterface {
  name = 'AddAssessmentEditVersion1766000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "assessment" ADD "edit_version" integer NOT NULL DEFAULT 1`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "assessment" DROP COLUMN "edit_version"`);
  }
}
