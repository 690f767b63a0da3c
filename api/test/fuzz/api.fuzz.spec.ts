import fs from 'node:fs';
import fc from 'fast-check';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import type { GraphQLSchema } from 'graphql';
import { seedWorld, type World } from '../canary/seed.js';
import { TEST_PASSWORD } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { ArgumentArbitraries, type IdPools } from './arbitraries.js';
import { fuzzClient, type FuzzClient } from './fuzz-client.js';
import { operations, type Operation } from './operations.js';
import { problemsIn } from './verdict.js';

/**
 * Every root query and mutation, called through the real HTTP endpoint with arguments generated from the
 * schema (shaped values mixed with hostile ones), against a seeded world so that ids exist. No answer may be an
 * HTTP 5xx, an INTERNAL_SERVER_ERROR, or carry a stack trace or SQL. `npm test` runs FUZZ_RUNS (1,000) cases
 * from a fixed seed; `npm run fuzz` runs 20,000. A failure names the seed, the operation and its variables;
 * FUZZ_REPORT=<file> writes every failure there as JSON.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 1_000);
const SEED = Number(process.env.FUZZ_SEED ?? 20_260_601);
/** Signing out would end the session every later case is sent with; it takes no input to fuzz. */
const EXCLUDED = new Set(['signOut']);
/** Cases per operation for the system administrator's pass, who passes every panel check (so ids that exist nowhere reach the services). */
const ADMIN_PER_OPERATION = Math.max(2, Math.ceil(RUNS / 250));

const TIMEOUT = Math.max(180_000, RUNS * 120);

interface Failure {
  who: string;
  operation: string;
  variables: string;
  status: number;
  problems: string[];
  answer: string;
}

describe('fuzz: every root field through the HTTP endpoint, with generated arguments', () => {
  let t: TestApp;
  let w: World;
  let client: FuzzClient;
  let schema: GraphQLSchema;
  let pools: IdPools;
  let chair: string;
  let admin: string;
  const failures: Failure[] = [];
  /** Per operation, how its cases were answered (data, or the first error's code): how far the cases reach. */
  const outcomes: Record<string, Record<string, number>> = {};
  /** The first message of each operation and outcome. */
  const samples: Record<string, string> = {};
  let sent = 0;

  beforeAll(async () => {
    t = await startTestApp();
    client = fuzzClient(await t.listen());
    w = await seedWorld(t);
    schema = t.app.get(GraphQLSchemaHost).schema;
    pools = idPools(w);
    const adminEmail = `admin.fuzz.${w.book.world}@example.test`.toLowerCase();
    await t.dataSource.query(
      `INSERT INTO app_user (email, name, password_hash, is_admin) SELECT $1, 'Fuzz admin', password_hash, true FROM app_user WHERE id = $2`,
      [adminEmail, w.users.chair.userId],
    );
    chair = await t.signIn(w.users.chair.email, TEST_PASSWORD);
    admin = await t.signIn(adminEmail, TEST_PASSWORD);
  }, 120_000);

  afterAll(async () => {
    client?.close();
    await t?.close();
  });

  /** Puts back what a fuzzed mutation may take from the chair (role, account, session), so later cases still reach the services. */
  async function restoreChair(): Promise<void> {
    await t.dataSource.query(`UPDATE membership SET role = 'CHAIR' WHERE id = $1`, [w.users.chair.membershipId]);
    await t.dataSource.query(`UPDATE app_user SET disabled_at = NULL WHERE id = $1`, [w.users.chair.userId]);
    chair = await t.signIn(w.users.chair.email, TEST_PASSWORD);
  }

  async function run(who: 'chair' | 'admin', op: Operation, variables: Record<string, unknown>): Promise<void> {
    const res = await client.send(op.document, variables, who === 'chair' ? chair : admin);
    sent++;
    const field = /"field":"([^"]+)"/.exec(res.text)?.[1];
    const outcome = (/"code":"(\w+)"/.exec(res.text)?.[1] ?? (res.status === 200 ? 'DATA' : `HTTP ${res.status}`)) + (field ? ` ${field}` : '');
    const tally = (outcomes[`${op.kind} ${op.name}`] ??= {});
    tally[outcome] = (tally[outcome] ?? 0) + 1;
    samples[`${op.name} ${outcome}`] ??= /"message":"([^"]*)"/.exec(res.text)?.[1] ?? '';
    const problems = problemsIn(res.status, res.text);
    if (problems.length) {
      failures.push({
        who,
        operation: `${op.kind} ${op.name}`,
        variables: JSON.stringify(variables).slice(0, 400),
        status: res.status,
        problems,
        answer: res.text.slice(0, 600),
      });
    }
    if (who === 'chair' && /"code":"UNAUTHENTICATED"/.test(res.text)) await restoreChair();
  }

  /** Each operation's cases drawn from its own seed, sent in rounds so every operation runs between the others' changes. */
  async function fuzz(who: 'chair' | 'admin', ops: Operation[], perOp: number): Promise<void> {
    const args = new ArgumentArbitraries(pools);
    const base = who === 'chair' ? SEED : SEED + 100_000;
    const cases = ops.map((op, i) => fc.sample(args.forArgs(op.args, op.name), { seed: base + i, numRuns: perOp }));
    for (let round = 0; round < perOp; round++) {
      for (let i = 0; i < ops.length; i++) await run(who, ops[i], cases[i][round]);
    }
  }

  function report(): string {
    const seen = new Set<string>();
    const lines = failures
      .filter((f) => {
        const key = `${f.operation} ${f.problems.join(' ')}`;
        return seen.has(key) ? false : (seen.add(key), true);
      })
      .slice(0, 40)
      .map((f) => `- as ${f.who}, ${f.operation} (HTTP ${f.status}): ${f.problems.join('; ')}\n    variables: ${f.variables}`);
    return `${failures.length} of ${sent} fuzzed requests failed (FUZZ_SEED=${SEED} FUZZ_RUNS=${RUNS} reproduces them):\n${lines.join('\n')}`;
  }

  it(
    `answers ${RUNS} generated calls as the chair, and more as the system administrator, without an internal error`,
    async () => {
      const ops = [...operations(schema, 'query', EXCLUDED), ...operations(schema, 'mutation', EXCLUDED)];
      expect(ops.length).toBeGreaterThan(100);
      await fuzz('chair', ops, Math.ceil(RUNS / ops.length));
      await fuzz('admin', ops, ADMIN_PER_OPERATION);
      expect(sent).toBeGreaterThanOrEqual(RUNS);
      if (process.env.FUZZ_REPORT)
        fs.writeFileSync(process.env.FUZZ_REPORT, JSON.stringify({ seed: SEED, runs: RUNS, sent, outcomes, samples, failures }, null, 1));
      if (failures.length) throw new Error(report());
    },
    TIMEOUT,
  );
});

/** Ids of the seeded world by kind, for arguments named after them, and all of them together. */
function idPools(w: World): IdPools {
  const pools: IdPools = {
    panel: [w.panelA, w.panelA, w.panelB],
    agency: Object.values(w.agencies),
    user: Object.values(w.users).map((u) => u.userId),
    membership: Object.values(w.users).map((u) => u.membershipId),
  };
  for (const [kind, ids] of Object.entries(w.ids)) pools[kind] = [...(pools[kind] ?? []), ...Object.values(ids as Record<string, string>)];
  pools.any = [...new Set(Object.values(pools).flat())];
  return pools;
}
