import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreatePasswordChangeAttempts1765300000000 implements MigrationInterface {
  name = 'CreatePasswordChangeAttempts1765300000000';

  async up(q: QueryRunner): Promise<void> {
    // Each check of a signed-in person's current password, so that a stolen session cannot guess it without limit.
    await q.query(`CREATE TABLE "password_change_attempt" (
      "id" bigserial NOT NULL,
      "user_id" uuid NOT NULL,
      "succeeded" boolean NOT NULL,
      "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_password_change_attempt" PRIMARY KEY ("id"),
      CONSTRAINT "FK_password_change_attempt_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id"))`);
    await q.query(`CREATE INDEX "IDX_password_change_attempt_user" ON "password_change_attempt" ("user_id", "at")`);
    // The API's role reads and writes it like sign_in_attempt; no panel owns it, so no row-level security.
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON "password_change_attempt" TO sentinel_app`);
    await q.query(`GRANT USAGE, SELECT ON SEQUENCE "password_change_attempt_id_seq" TO sentinel_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "password_change_attempt"`);
  }
}
