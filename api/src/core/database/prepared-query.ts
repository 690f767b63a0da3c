import { createHash } from 'node:crypto';
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

/**
 * The one way to write a hot read: SQL with named parameters (`:panelId`; a list bound whole, as `= ANY(:ids)`,
 * so the text never changes with its length), sent as a prepared statement named after its text and answered as
 * plain rows, with no entity hydration. Select only the columns the answer needs.
 */
export function leanRead<T extends QueryResultRow>(dataSource: DataSource, text: string, named: Record<string, unknown>): Promise<T[]> {
  const [sql, params] = dataSource.driver.escapeQueryWithParameters(text, named);
  return queryPrepared<T>(dataSource, statementName(sql), sql, params);
}

const names = new Map<string, string>();

/** A statement's name on every connection: from a hash of its text, so one text is prepared once per connection. */
function statementName(sql: string): string {
  let name = names.get(sql);
  if (!name) {
    name = `r_${createHash('sha1').update(sql).digest('hex').slice(0, 20)}`;
    if (names.size < 10_000) names.set(sql, name);
  }
  return name;
}
