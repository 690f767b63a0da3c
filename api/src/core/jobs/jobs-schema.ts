import pg from 'pg';
import PgBoss from 'pg-boss';

export const JOBS_SCHEMA = 'pgboss';
const APP_ROLE = 'sentinel_app';

/**
 * pg-boss's schema, created or upgraded by the owner when the database is prepared (after the migrations, which
 * create the app role), so that the API's role only uses it: it reads and writes jobs and schedules and owns
 * nothing. A queue is a table partition, which only the owner of the jobs table may attach, so pg-boss's
 * create_queue runs as its owner; the partitions it makes are the owner's, usable by the app role.
 */
export async function prepareJobsSchema(ownerUrl: string): Promise<void> {
  const boss = new PgBoss({ connectionString: ownerUrl, schema: JOBS_SCHEMA, max: 1, supervise: false, schedule: false, migrate: true });
  boss.on('error', () => undefined);
  await boss.start();
  await boss.stop({ graceful: false, wait: true });

  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query(`GRANT USAGE ON SCHEMA ${JOBS_SCHEMA} TO ${APP_ROLE}`);
    await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${JOBS_SCHEMA} TO ${APP_ROLE}`);
    await client.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${JOBS_SCHEMA} TO ${APP_ROLE}`);
    await client.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA ${JOBS_SCHEMA} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${APP_ROLE}`);
    await client.query(`ALTER FUNCTION ${JOBS_SCHEMA}.create_queue(text, json) SECURITY DEFINER SET search_path = pg_catalog, pg_temp`);
  } finally {
    await client.end();
  }
}
