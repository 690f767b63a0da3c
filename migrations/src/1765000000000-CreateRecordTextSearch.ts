import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateRecordTextSearch1765000000000 implements MigrationInterface {
  name = 'CreateRecordTextSearch1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    const [{ schema }]: { schema: string }[] = await q.query(
      `SELECT quote_ident(n.nspname) AS schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'unaccent'`,
    );
    // unaccent() is only STABLE (it reads whichever dictionary the search path finds); naming the dictionary makes
    // the result fixed, so the folded text can be indexed. Lists' text filters match words against this.
    await q.query(`CREATE FUNCTION "search_fold"(text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
      AS $$ SELECT lower(${schema}.unaccent('${schema}.unaccent'::regdictionary, $1)) $$`);
    await q.query(`CREATE INDEX "IDX_task_text_trgm" ON "task" USING gin (search_fold("reference" || ' ' || "title") gin_trgm_ops)`);
    await q.query(`CREATE INDEX "IDX_referral_text_trgm" ON "referral" USING gin (search_fold("reference" || ' ' || "summary") gin_trgm_ops)`);
    await q.query(`CREATE INDEX "IDX_emerging_threat_title_trgm" ON "emerging_threat" USING gin (search_fold("title") gin_trgm_ops)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_emerging_threat_title_trgm"`);
    await q.query(`DROP INDEX "IDX_referral_text_trgm"`);
    await q.query(`DROP INDEX "IDX_task_text_trgm"`);
    await q.query(`DROP FUNCTION "search_fold"(text)`);
  }
}
