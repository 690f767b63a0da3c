import { createHash } from 'node:crypto';
import type { Pool, QueryResultRow } from 'pg';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

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

interface EntityShape {
  /** The select list and its properties for each table alias (and choice of properties) asked for. */
  columns: Map<string, { list: string; properties: string[] }>;
  parts: string[];
  properties: string[];
  table: string;
  proto: object;
}

const shapes = new WeakMap<object, EntityShape>();

/**
 * An entity's columns as `alias."column" AS "property"`, so that rows come back from pg already shaped as the
 * entity, with no hydration: dates (`date` columns) as 'YYYY-MM-DD' text as TypeORM gives them, and the columns
 * TypeORM leaves out of a plain find (`select: false`) left out too.
 */
function shapeOf(
  dataSource: DataSource,
  entity: EntityTarget<ObjectLiteral>,
  alias: string,
  pick?: readonly string[],
): { columns: string; table: string; proto: object; properties: string[] } {
  const metadata = dataSource.getMetadata(entity);
  let shape = shapes.get(metadata);
  if (!shape) {
    const selected = metadata.columns.filter((c) => c.isSelect && !c.isVirtual && c.relationMetadata?.propertyName !== c.propertyName);
    const parts = selected.map((c) => `${quote(c.databaseName)}${c.type === 'date' ? '::text' : ''} AS ${quote(c.propertyName)}`);
    const proto = typeof metadata.target === 'function' ? metadata.target.prototype : Object.prototype;
    shape = { columns: new Map(), parts, properties: selected.map((c) => c.propertyName), table: quote(metadata.tableName), proto };
    shapes.set(metadata, shape);
  }
  const name = pick ? `${alias}|${pick.join(',')}` : alias;
  let columns = shape.columns.get(name);
  if (!columns) {
    const wanted = shape.parts.filter((_, i) => !pick || pick.includes(shape.properties[i]));
    columns = {
      list: wanted.map((p) => `${alias}.${p}`).join(', '),
      properties: pick ? shape.properties.filter((p) => pick.includes(p)) : shape.properties,
    };
    shape.columns.set(name, columns);
  }
  return { columns: columns.list, table: shape.table, proto: shape.proto, properties: columns.properties };
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

export interface LeanQuery {
  /** The condition, on the table aliased `as` (default `e`), with named parameters. */
  where: string;
  params: Record<string, unknown>;
  /** What follows the condition: ORDER BY, LIMIT, OFFSET. */
  rest?: string;
  as?: string;
  /**
   * Expressions selected beside the entity's columns, by the name each is answered under (a search's `score`,
   * which `rest` may order by). Each lands on its row as an own property of that name, after the entity's; a
   * name must not be one of the entity's properties. Without it the rows are the entity's columns only.
   */
  extra?: Record<string, string>;
}

/**
 * Rows of an entity's table as entities, by the one lean path (leanRead), e.g.
 * `leanEntities(ds, NominalEntity, { where: 'e.id = ANY(:ids)', params: { ids } })`.
 */
export async function leanEntities<T extends ObjectLiteral>(dataSource: DataSource, entity: EntityTarget<T>, q: LeanQuery): Promise<T[]> {
  const as = q.as ?? 'e';
  const { columns, table, proto } = shapeOf(dataSource, entity, as);
  const extra = q.extra ? Object.entries(q.extra).map(([name, sql]) => `, ${sql} AS ${quote(name)}`) : [];
  const rows = await leanRead(dataSource, `SELECT ${columns}${extra.join('')} FROM ${table} ${as} WHERE ${q.where} ${q.rest ?? ''}`, q.params);
  return rows.map((row) => Object.assign(Object.create(proto) as T, row));
}

export interface LeanPageQuery extends LeanQuery {
  orderBy: string;
  limit: number;
  offset: number;
}

/**
 * A page of an entity's rows and the count of every row that matches: two prepared statements, whatever the page
 * or the number of rows. The count is asked apart, always, so the statements never depend on the rows.
 */
export async function leanPage<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  q: LeanPageQuery,
): Promise<{ rows: T[]; totalCount: number }> {
  const as = q.as ?? 'e';
  const { table } = shapeOf(dataSource, entity, as);
  const [{ n }] = await leanRead<{ n: number }>(dataSource, `SELECT count(*)::int AS n FROM ${table} ${as} WHERE ${q.where}`, q.params);
  const rows = await leanEntities(dataSource, entity, {
    as,
    where: q.where,
    params: { ...q.params, pageLimit: q.limit, pageOffset: q.offset },
    rest: `ORDER BY ${q.orderBy} LIMIT :pageLimit OFFSET :pageOffset`,
  });
  return { rows, totalCount: n };
}

export interface LeanLinkQuery {
  /** The join table, the column holding the keys asked for and the column naming the entity's row. */
  link: { table: string; key: string; value: string };
  keys: readonly string[];
  /** Columns of the link itself to carry along (e.g. `role`), by name. */
  carry?: string[];
  /** The order within each key's list, on `l` (the link) and `e` (the entity). */
  orderBy: string;
}

/** Only these of the entity's properties are read, when the answer needs no more (no parsing of the rest). */
interface LeanLinkPick<K> {
  pick?: readonly K[];
}

/**
 * Records linked to each of `keys` through a join table, with the link's own columns: one prepared statement for
 * the links and the records together, e.g. each group's nominals with their roles. Records the viewer may not see
 * (row-level security) are left out, as the by-id loaders leave them out. Table and column names come from code,
 * never from a request.
 */
export async function leanLinked<T extends ObjectLiteral, K extends keyof T & string = keyof T & string>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  q: LeanLinkQuery & LeanLinkPick<K>,
): Promise<{ key: string; carried: Record<string, unknown>; entity: Pick<T, K> }[]> {
  const { columns, table, proto, properties } = shapeOf(dataSource, entity, 'e', q.pick);
  const carry = q.carry ?? [];
  const carried = carry.map((c) => `l.${quote(c)} AS ${quote(`link.${c}`)}`).join(', ');
  const rows = await leanRead(
    dataSource,
    `SELECT l.${quote(q.link.key)} AS "link.key", ${carried ? `${carried}, ` : ''}${columns}
       FROM ${quote(q.link.table)} l JOIN ${table} e ON e.id = l.${quote(q.link.value)}
      WHERE l.${quote(q.link.key)} = ANY(:keys) ORDER BY ${q.orderBy}`,
    { keys: q.keys },
  );
  return rows.map((row) => {
    const record = Object.create(proto) as Record<string, unknown>;
    for (const p of properties) record[p] = row[p];
    return {
      key: row['link.key'] as string,
      carried: Object.fromEntries(carry.map((c) => [c, row[`link.${c}`]])),
      entity: record as Pick<T, K>,
    };
  });
}
