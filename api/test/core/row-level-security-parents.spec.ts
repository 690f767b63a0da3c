import { startScopeWorld, type ScopeWorld } from '../support/panel-tables.js';

/** A table whose rows belong to a panel through a parent row, and a column naming a row of a panel's table. */
interface ChildLink {
  child: string;
  column: string;
  parent: string;
}

/** A node of a plan as EXPLAIN (ANALYZE, FORMAT JSON) gives it. */
interface PlanNode {
  'Relation Name'?: string;
  'Actual Rows'?: number;
  'Actual Loops'?: number;
  'Rows Removed by Filter'?: number;
  Plans?: PlanNode[];
}

/** Rows that scans of `tables` read and then discarded by a filter (a policy's, or the query's), over all their loops. */
function discardedRows(node: PlanNode, tables: Set<string>): number {
  const own = node['Relation Name'] && tables.has(node['Relation Name']) ? (node['Rows Removed by Filter'] ?? 0) * (node['Actual Loops'] ?? 0) : 0;
  return own + (node.Plans ?? []).reduce((n, child) => n + discardedRows(child, tables), 0);
}

/**
 * A link table's policy (EnforcePanelIsolation, ReachParentsInScope) finds a row's parent by its id or among the
 * panels in scope, so a read of one panel's links never goes through another panel's rows: at the national scale,
 * one read of a group page's links no longer reads the groups of all 43 panels. Counted from the plans the database
 * runs, not timed. The seed is one row of each table in each panel, so index paths are asked for (`enable_seqscan`
 * off): the question is whether the policy lets the database reach a parent without reading another panel's rows.
 */
describe('row-level security: a link table reaches its parent rows in the panels in scope only', () => {
  let world: ScopeWorld;
  let links: ChildLink[];
  let panelTables: Set<string>;

  beforeAll(async () => {
    world = await startScopeWorld();
    const ds = world.t.dataSource;
    const hasPanel = (rel: string) =>
      `EXISTS (SELECT 1 FROM pg_attribute x WHERE x.attrelid = ${rel} AND x.attname = 'panel_id' AND NOT x.attisdropped)`;
    // Tables under row-level security with no panel column of their own, by each foreign key to a panel's table.
    links = await ds.query(
      `SELECT c.relname AS child, a.attname AS "column", p.relname AS parent
         FROM pg_constraint k
         JOIN pg_class c ON c.oid = k.conrelid
         JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1]
         JOIN pg_class p ON p.oid = k.confrelid
        WHERE k.contype = 'f' AND cardinality(k.conkey) = 1 AND c.relnamespace = current_schema()::regnamespace
          AND NOT c.relispartition AND c.relrowsecurity AND NOT ${hasPanel('c.oid')} AND ${hasPanel('p.oid')}
        ORDER BY 1, 2`,
    );
    const direct: { name: string }[] = await ds.query(
      `SELECT c.relname AS name FROM pg_class c WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p')
          AND ${hasPanel('c.oid')}`,
    );
    panelTables = new Set(direct.map((r) => r.name));
  });
  afterAll(() => world?.close());

  it('finds the link tables of every panel record that has them', () => {
    expect([...new Set(links.map((l) => l.child))]).toEqual([
      'agenda_item_record',
      'disruption_nominal',
      'emerging_threat_outcome',
      'intelligence_recipient',
      'meeting_attendance',
      'nominal_place',
      'nominal_vehicle',
      'ocg_nominal',
      'ocg_place',
      'ocg_vehicle',
      'task_reminder',
    ]);
  });

  /** As the owner, whom no policy holds: the ids of the parent rows in the panel that have links, and their link count. */
  const linkedParents = async ({ child, column, parent }: ChildLink, panelId: string): Promise<{ ids: string[]; links: number }> => {
    const rows: { key: string; n: number }[] = await world.t.dataSource.query(
      `SELECT r."${column}" AS key, count(*)::int AS n FROM "${child}" r JOIN "${parent}" p ON p.id = r."${column}"
        WHERE p.panel_id = $1 GROUP BY 1 ORDER BY 1`,
      [panelId],
    );
    return { ids: rows.map((r) => r.key), links: rows.reduce((n, r) => n + r.n, 0) };
  };

  it('reads one record’s links in its panel’s scope without reading a row of another panel', async () => {
    const { app, a } = world;
    const read: [string, number, number, number][] = [];
    await app.query('BEGIN');
    try {
      await app.query(`SELECT set_config('sentinel.scope', $1, true)`, [`{${a}}`]);
      await app.query('SET LOCAL enable_seqscan = off');
      for (const link of links) {
        const [key] = (await linkedParents(link, a)).ids;
        const [{ n: want }] = await world.t.dataSource.query(`SELECT count(*)::int AS n FROM "${link.child}" WHERE "${link.column}" = $1`, [key]);
        const { rows } = await app.query(`EXPLAIN (ANALYZE, FORMAT JSON) SELECT * FROM "${link.child}" WHERE "${link.column}" = '${key}'`);
        const plan: PlanNode = rows[0]['QUERY PLAN'][0].Plan;
        read.push([`${link.child}.${link.column}`, plan['Actual Rows'] ?? 0, want, discardedRows(plan, panelTables)]);
      }
    } finally {
      await app.query('ROLLBACK');
    }
    // Each record's links are all found, and no row of a panel's table was read only to be discarded. Left out of the
    // second count: agenda items, whose own policy (items restricted to agencies) decides how the parent is reached;
    // in a database shared with the other test files it read other panels' rows, which this migration does not
    // change. The agenda is not read on the group page; its policy is to be looked at on its own.
    const UNCOUNTED = new Set(['agenda_item_record.agenda_item_id']);
    expect(read.filter(([link, seen, want, discarded]) => seen !== want || want === 0 || (discarded > 0 && !UNCOUNTED.has(link)))).toEqual([]);
  });

  it('shows the links of every panel in a scope of several or of all, and none of a panel outside the scope', async () => {
    const { app, a, b } = world;
    const seen = async (scope: string, { child, column }: ChildLink, ids: string[]): Promise<number> => {
      await app.query(`SELECT set_config('sentinel.scope', $1, false)`, [scope]);
      const { rows } = await app.query(`SELECT count(*)::int AS n FROM "${child}" WHERE "${column}" = ANY($1::uuid[])`, [ids]);
      return rows[0].n;
    };
    const wrong: unknown[] = [];
    try {
      for (const link of links) {
        for (const [panelId, other] of [
          [a, b],
          [b, a],
        ]) {
          const { ids, links: want } = await linkedParents(link, panelId);
          const got = [
            await seen(`{${a},${b}}`, link, ids),
            await seen('all', link, ids),
            await seen(`{${other}}`, link, ids),
            await seen('{}', link, ids),
          ];
          if (want === 0 || got.join() !== [want, want, 0, 0].join()) wrong.push([link.child, link.column, want, got]);
        }
      }
    } finally {
      await app.query(`SELECT set_config('sentinel.scope', '{}', false)`);
    }
    expect(wrong).toEqual([]);
  });
});
