import type { Pool, QueryResultRow } from 'pg';
import type { DataSource } from 'typeorm';

/**
 * Runs a fixed statement asked for on most requests (the session check, the dashboard) as a named prepared
 * statement: each pooled connection parses and plans it once instead of at every request, which for the
 * dashboard's one large statement is most of its cost on a small panel. Only for statements outside a
 * transaction whose text never changes. Counted by the SQL logger like every other statement.
 */
export async function queryPrepared<T extends QueryResultRow>(dataSource: DataSource, name: string, text: string, params: unknown[]): Promise<T[]> {
  dataSource.logger.logQuery(text, params);
  const pool = (dataSource.driver as unknown as { master: Pool }).master;
  // An awaited checkout, not pool.query: a connection handed over by another request's release would otherwise
  // send the statement from that request's async context, and so in its panel scope.
  const client = await pool.connect();
  try {
    const { rows } = await client.query<T>({ name, text, values: params });
    client.release();
    return rows;
  } catch (e) {
    // As pool.query does: a connection whose statement failed is not handed to anyone else.
    client.release(e as Error);
    throw e;
  }
}
