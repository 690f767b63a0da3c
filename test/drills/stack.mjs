// The real server stack for the drills: `node api/bin/start.mjs` (the supervisor behind `npm start`) on its own
// ports and data folder, a signed-in chair, and a steady load of multi-row writes through GraphQL whose
// acknowledged results are kept, to be looked for after a crash.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { freshDemoCode } from '../../api/bin/demo-code.mjs';
import { freePort, serverProcesses } from '../../api/bin/embedded-postgres.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { DEMO_PASSWORD, DEMO_SECOND_FACTOR_KEY, DEMO_SIGN_INS } = await import(path.join(ROOT, 'api/dist/demo/demo-data.js'));

export async function stackPorts() {
  return { api: await freePort(), pg: await freePort() };
}

/** Starts the supervisor and resolves once /health answers ok, with the seconds from spawn to that answer. */
export async function startStack(dataRoot, ports) {
  const spawnedAt = performance.now();
  // test/run.mjs has built everything before the drills; the supervisor's install and build checks are skipped
  // so that the time to healthy is the start itself.
  const env = {
    ...process.env,
    PORT: String(ports.api),
    EMBEDDED_PG_PORT: String(ports.pg),
    SENTINEL_DATA_DIR: dataRoot,
    SENTINEL_SKIP_BUILD: '1',
    LOG_LEVEL: 'error',
  };
  delete env.DATABASE_URL;
  delete env.NODE_ENV;
  const child = spawn(process.execPath, [path.join(ROOT, 'api/bin/start.mjs')], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const stack = { child, exited, ports, dataDir: path.join(dataRoot, 'pg'), output: () => output, secondsToHealthy: null };
  for (let i = 0; i < 1200; i++) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`npm start stopped before it was healthy:\n${output}`);
    try {
      const res = await fetch(`http://127.0.0.1:${ports.api}/health`);
      if (res.ok) {
        stack.secondsToHealthy = (performance.now() - spawnedAt) / 1000;
        return stack;
      }
    } catch {
      /* not listening yet */
    }
    await sleep(50);
  }
  throw new Error(`npm start was not healthy after a minute:\n${output}`);
}

/** Ends a supervisor the drill started, and any server process left on its data folder. */
export async function cleanUp(stack) {
  if (!stack) return;
  const { child } = stack;
  if (child.exitCode === null && child.signalCode === null) {
    child.kill('SIGINT');
    const late = setTimeout(() => child.kill('SIGKILL'), 20_000);
    await stack.exited;
    clearTimeout(late);
  }
  for (const pid of serverProcesses(stack.dataDir)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      /* gone meanwhile */
    }
  }
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The supervisor's API process: its child running api/dist/main.js. */
export function apiPid(supervisorPid) {
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === supervisorPid && fs.readFileSync(`/proc/${name}/cmdline`, 'utf8').includes('api/dist/main.js')) return Number(name);
    } catch {
      /* ended meanwhile */
    }
  }
  return null;
}

/** The PostgreSQL server process (the postmaster) of a data folder. */
export function postmasterPid(dataDir) {
  return Number(fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
}

/** True when nothing accepts connections on the port. */
export function portIsFree(port) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });
}

export function ownerClient(ports) {
  return new pg.Client({ connectionString: `postgres://postgres:postgres@127.0.0.1:${ports.pg}/sentinel` });
}

export async function gql(port, session, query, variables) {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(session ? { Cookie: session } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { res, body: await res.json() };
}

/** The demo chair, signed in with their password and a code from the demo authenticator key. */
export async function signInChair(port) {
  const email = DEMO_SIGN_INS.find((s) => s.role === 'CHAIR').email;
  const { res, body } = await gql(port, null, 'mutation($i: SignInInput!) { signIn(input: $i) { id } }', { i: { email, password: DEMO_PASSWORD } });
  if (!body.data?.signIn) throw new Error(`The chair could not sign in: ${JSON.stringify(body.errors)}`);
  const session = res.headers.getSetCookie()[0].split(';')[0];
  const code = await freshDemoCode(DEMO_SECOND_FACTOR_KEY);
  const verified = await gql(port, session, 'mutation($i: VerifySecondFactorInput!) { verifySecondFactor(input: $i) { verified } }', { i: { code } });
  if (!verified.body.data?.verifySecondFactor?.verified) throw new Error(`The chair's code was refused: ${JSON.stringify(verified.body.errors)}`);
  return session;
}

/** The demo panel, one of its agencies and one of its groups, for the load's tasks. */
export async function loadTargets(ports) {
  const c = ownerClient(ports);
  await c.connect();
  try {
    const [panel] = (await c.query(`SELECT id FROM panel WHERE code = 'NMR'`)).rows;
    const [agency] = (await c.query(`SELECT id FROM agency WHERE panel_id = $1 ORDER BY name LIMIT 1`, [panel.id])).rows;
    const [ocg] = (await c.query(`SELECT id FROM ocg WHERE panel_id = $1 ORDER BY reference LIMIT 1`, [panel.id])).rows;
    return { panelId: panel.id, agencyId: agency.id, ocgId: ocg.id };
  } finally {
    await c.end();
  }
}

const ALLOCATE = 'mutation($i: AllocateTaskInput!) { allocateTask(input: $i) { id version } }';
const UPDATE = 'mutation($i: AddTaskUpdateInput!) { addTaskUpdate(input: $i) { id status disruptionId } }';
export const DRILL_TITLE = 'Drill write';

/**
 * `clients` writers, each allocating a task (the task, its timeline entry and its audit row in one transaction)
 * and completing every other one with the disruption it achieved (the disruption, the task's new status, the
 * timeline entry and two audit rows in one transaction), until stopped. Only answers without errors count as
 * acknowledged; a request cut off by the crash is neither.
 */
export function startLoad(port, session, targets, clients = 4) {
  const acknowledged = { tasks: [], completions: [] };
  let failures = 0;
  let running = true;
  const writer = async (n) => {
    for (let i = 0; running; i++) {
      try {
        const created = await gql(port, session, ALLOCATE, {
          i: { panelId: targets.panelId, title: `${DRILL_TITLE} ${n}-${i}`, agencyId: targets.agencyId, ocgId: targets.ocgId, priority: 'LOW' },
        });
        const task = created.body.data?.allocateTask;
        if (!task) {
          failures++;
          await sleep(20);
          continue;
        }
        acknowledged.tasks.push(task.id);
        if (i % 2) continue;
        const done = await gql(port, session, UPDATE, {
          i: {
            taskId: task.id,
            status: 'COMPLETED',
            version: task.version,
            text: `${DRILL_TITLE} done`,
            disruption: {
              occurredOn: '2026-11-27',
              strand: 'PURSUE',
              tacticHeading: 'BUSINESS',
              description: `${DRILL_TITLE} ${n}-${i}`,
              impact: 'MINOR',
              rationale: 'Drill',
            },
          },
        });
        const completed = done.body.data?.addTaskUpdate;
        if (completed?.status === 'COMPLETED') acknowledged.completions.push({ taskId: task.id, disruptionId: completed.disruptionId });
        else failures++;
      } catch {
        failures++;
        await sleep(20);
      }
    }
  };
  const writers = Array.from({ length: clients }, (_, n) => writer(n));
  return {
    acknowledged,
    failures: () => failures,
    stop: async () => {
      running = false;
      await Promise.all(writers);
      return acknowledged;
    },
  };
}

/** Waits until the load has had `n` more acknowledged tasks. */
export async function waitForWrites(load, n) {
  const target = load.acknowledged.tasks.length + n;
  for (let i = 0; i < 1200 && load.acknowledged.tasks.length < target; i++) await sleep(50);
  if (load.acknowledged.tasks.length < target)
    throw new Error(`The load acknowledged only ${load.acknowledged.tasks.length} writes (${load.failures()} failed)`);
}

/**
 * What the database holds of the load, counted: acknowledged writes missing, and multi-row writes found in part
 * (a drill task without its timeline entry or audit row; a completion without its disruption, status entry or
 * audit row; a drill disruption that no task points at).
 */
export async function auditLoad(ports, acknowledged) {
  const c = ownerClient(ports);
  await c.connect();
  try {
    const one = async (sql, params) => (await c.query(sql, params)).rows[0].n;
    const taskIds = acknowledged.tasks;
    return {
      acknowledgedTasks: taskIds.length,
      acknowledgedCompletions: acknowledged.completions.length,
      missingTasks: taskIds.length - (await one(`SELECT count(*)::int AS n FROM task WHERE id = ANY($1::uuid[])`, [taskIds])),
      missingCompletions:
        acknowledged.completions.length -
        (await one(
          `SELECT count(*)::int AS n FROM task t JOIN unnest($1::uuid[], $2::uuid[]) a(task_id, disruption_id) ON a.task_id = t.id
            WHERE t.status = 'COMPLETED' AND t.disruption_id = a.disruption_id`,
          [acknowledged.completions.map((x) => x.taskId), acknowledged.completions.map((x) => x.disruptionId)],
        )),
      drillTasks: await one(`SELECT count(*)::int AS n FROM task WHERE title LIKE $1`, [`${DRILL_TITLE} %`]),
      partialCreations: await one(
        `SELECT count(*)::int AS n FROM task t WHERE t.title LIKE $1 AND (
           (SELECT count(*) FROM task_update u WHERE u.task_id = t.id AND u.kind = 'CREATED') <> 1 OR
           NOT EXISTS (SELECT 1 FROM audit_event e WHERE e.entity_type = 'Task' AND e.entity_id = t.id::text AND e.action = 'CREATE'))`,
        [`${DRILL_TITLE} %`],
      ),
      partialCompletions: await one(
        `SELECT count(*)::int AS n FROM task t WHERE t.title LIKE $1 AND (t.status = 'COMPLETED') <> (
           t.disruption_id IS NOT NULL AND
           EXISTS (SELECT 1 FROM task_update u WHERE u.task_id = t.id AND u.kind = 'STATUS' AND u.to_status = 'COMPLETED') AND
           EXISTS (SELECT 1 FROM audit_event e WHERE e.entity_type = 'Task' AND e.entity_id = t.id::text AND e.action = 'UPDATE'))`,
        [`${DRILL_TITLE} %`],
      ),
      orphanDisruptions: await one(
        `SELECT count(*)::int AS n FROM disruption d WHERE d.description LIKE $1 AND NOT EXISTS (SELECT 1 FROM task t WHERE t.disruption_id = d.id)`,
        [`${DRILL_TITLE} %`],
      ),
    };
  } finally {
    await c.end();
  }
}
