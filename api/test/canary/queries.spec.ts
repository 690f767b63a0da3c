import { getNamedType, isObjectType, type GraphQLSchema } from 'graphql';
import { KEPT_FIELDS } from '../../src/core/graphql/kept-answers.js';
import { PanelReadCache } from '../../src/core/database/panel-read-cache.js';
import type { CanaryClient } from './client.js';
import { canarySuite, replicaStatements } from './suite.js';
import { QUERY_TABLE, type ArgSet } from './channels.js';
import { Ledger, pool } from './ledger.js';
import type { World } from './seed.js';
import { documentsFor, rootFields, skippedFields } from './selection.js';
import { VIEWERS, type Sessions, type ViewerDef } from './viewers.js';

/**
 * Every root query field, with real arguments (ids of canary records of both panels, search texts equal to
 * canaries), asked for everything it can answer (selection.ts), as every kind of viewer. Any canary in any
 * answer (data or errors) that the viewer may not read fails the suite, and so does a search that finds, by a
 * canary, a record the viewer may not read.
 */
describe('canary leak suite: GraphQL queries', () => {
  let client: CanaryClient;
  let w: World;
  let sessions: Sessions;
  let schema: GraphQLSchema;
  let ledger: Ledger;
  const suite = canarySuite('graphql-queries');
  beforeAll(() => ({ client, w, sessions, schema, ledger } = suite));

  it('has arguments for every root query field of the schema, and for no field the schema lacks', () => {
    const fields = rootFields(schema, 'query');
    expect(fields.filter((f) => !QUERY_TABLE[f])).toEqual([]);
    expect(Object.keys(QUERY_TABLE).filter((f) => !fields.includes(f))).toEqual([]);
    for (const f of fields) expect(`${f}: ${QUERY_TABLE[f](w).length > 0}`).toBe(`${f}: true`);
  });

  const isList = (field: string) =>
    schema
      .getQueryType()!
      .getFields()
      [field].args.some((a) => a.name === 'limit');

  it('shows no viewer a canary it may not read, through any root query field', async () => {
    const replicaBefore = await replicaStatements();
    const jobs: { v: ViewerDef; field: string; set: ArgSet; doc: string }[] = [];
    for (const field of rootFields(schema, 'query').filter((f) => QUERY_TABLE[f])) {
      for (const set of QUERY_TABLE[field](w)) {
        // A search only has to show whether the record is found, so its answer is asked for two levels deep; so
        // are lists, whose rows' nested fields are the same resolvers that the record's own field (task, ocg...)
        // is asked for three levels deep.
        const docs = documentsFor(schema, 'query', field, set.args, set.probe || isList(field) ? 2 : undefined);
        for (const doc of docs) for (const v of VIEWERS) jobs.push({ v, field, set, doc });
      }
    }
    // A nested field that needs an argument no one supplies would go unasked: none may.
    expect([...skippedFields]).toEqual([]);
    await pool(jobs, 4, async ({ v, field, set, doc }) => {
      const res = await client.gql(doc, {}, sessions.get(v.key));
      const text = JSON.stringify(res);
      const channel = `Query.${field}`;
      ledger.check(v.key, v.profile, channel, set.label, text);
      if (res.errors?.some((e) => e.extensions?.code === 'BAD_USER_INPUT' && /expensive/.test(e.message))) {
        throw new Error(`the selection for ${field} is over the cost limit: ${res.errors[0].message}`);
      }
      const p = set.probe;
      if (p && !p.rule.allows(v.profile, channel) && text.includes(p.recordId)) {
        ledger.leak({
          viewer: v.key,
          channel,
          detail: set.label,
          token: p.text,
          record: `${p.kind} ${p.recordId}`,
          field: 'found by searching a canary',
          rule: p.rule.name,
        });
      }
    });
    suite.driven = true;
    expect(ledger.leakReport()).toEqual([]);
    // The heavy reads (threat picture, outcome report, link chart, map) went through the replica's connections.
    expect(await replicaStatements()).toBeGreaterThan(replicaBefore);
  }, 240_000);

  it('shows each viewer every canary it may read somewhere (the suite can fail: it reads what it should)', () => {
    expect(suite.driven).toBe(true);
    const missing: string[] = [];
    // Allowed over some root query field: a rule may grant a canary on some channels alone (canaries.ts).
    const channels = rootFields(schema, 'query').map((f) => `Query.${f}`);
    for (const v of VIEWERS) {
      const seen = ledger.seenBy(v.key, 'Query.');
      const allowed = w.book.all.filter((c) => channels.some((channel) => c.rule.allows(v.profile, channel)));
      for (const c of allowed) if (!seen.has(c.token)) missing.push(`${v.key}: ${c.record} / ${c.field} (${c.token})`);
    }
    expect(missing).toEqual([]);
    // The chair reads the most of panel A, the chair of B all of panel B; each viewer kind reads something.
    expect(ledger.seenBy('chair', 'Query.').size).toBeGreaterThan(100);
    expect(ledger.seenBy('chairB', 'Query.').size).toBeGreaterThan(30);
  });

  /** Every field a kept answer may hold, below `type`, as a selection. */
  const keptSelection = (typeName: string): string => {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) throw new Error(`${typeName} is not an object type`);
    const fields = [...KEPT_FIELDS[typeName]].map((name) => {
      const named = getNamedType(type.getFields()[name].type);
      return isObjectType(named) ? `${name} { ${keptSelection(named.name)} }` : name;
    });
    return fields.join(' ');
  };

  it('shows no viewer a canary through a kept answer: every field a group list may keep, read twice by every viewer', async () => {
    const doc = `query KeptGroups($panelId: ID!) { ocgs(panelId: $panelId, limit: 5) { ${keptSelection('OcgPage')} } }`;
    // Which reads were answered from a kept answer: the cache's own report of each read, watched, not replaced.
    const cache = suite.t.app.get(PanelReadCache);
    const keep = cache.keep.bind(cache);
    let fromKept = 0;
    cache.keep = ((...args: Parameters<typeof keep>) => {
      const kept = keep(...args);
      if (!kept.computed) fromKept += 1;
      return kept;
    }) as typeof cache.keep;
    let answered = 0;
    try {
      // Every viewer once, then again in the reverse order, so that each second read comes after every other
      // viewer's answer was kept.
      for (const [pass, order] of [VIEWERS, [...VIEWERS].reverse()].entries()) {
        for (const v of order) {
          for (const [label, panelId] of [
            ['panel A', w.panelA],
            ['panel B', w.panelB],
          ]) {
            const res = await client.gql(doc, { panelId }, sessions.get(v.key));
            if (pass === 1 && res.data && !res.errors) answered += 1;
            ledger.check(v.key, v.profile, 'Query.ocgs', `kept group list, ${label}, read ${pass + 1}`, JSON.stringify(res));
          }
        }
      }
    } finally {
      cache.keep = keep;
    }
    expect(answered).toBeGreaterThan(0);
    expect(fromKept).toBe(answered);
    expect(ledger.leakReport()).toEqual([]);
  }, 120_000);
});
